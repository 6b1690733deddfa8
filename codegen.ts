import type { CodegenConfig } from '@graphql-codegen/cli';

// One schema (the SDL file), two typed views of it: resolver types for the server, operation
// types for the web client.
const config: CodegenConfig = {
  schema: 'server/src/graphql/schema.graphql',
  generates: {
    'server/src/graphql/generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: './context.js#RequestContext',
        useTypeImports: true,
        enumsAsTypes: true,
        mappers: {
          Entity: '../db/records.js#EntityRecord',
          Relation: '../db/records.js#RelationRecord',
          RelationEdge: '../db/records.js#RelationEdgeRecord',
          Claim: '../db/records.js#ClaimRecord',
          SourceDocument: '../db/records.js#SourceRecord',
          Conflict: '../db/records.js#ConflictRecord',
          TimelineItem: '../db/records.js#TimelineItemRecord',
          Passage: '../db/evidenceRecords.js#PassageRecord',
          SourceLine: '../db/evidenceRecords.js#SourceLineRecord',
          PassageHit: '../db/evidenceRecords.js#PassageHitRecord',
          ConflictSide: '../db/evidenceRecords.js#ConflictSideRecord',
          User: '../db/curationRecords.js#UserRecord',
          Change: '../db/curationRecords.js#ChangeRecord',
        },
        scalars: { ID: 'string' },
      },
    },
    'web/src/api/generated.ts': {
      documents: ['web/src/**/*.graphql'],
      plugins: ['typescript-operations'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { ID: 'string' } },
    },
  },
};
export default config;
