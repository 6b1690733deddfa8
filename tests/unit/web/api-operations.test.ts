import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDocuments } from '../../../web/src/api/document';

const root = new URL('../../../', import.meta.url);
const schema = buildSchema(readFileSync(new URL('server/src/graphql/schema.graphql', root), 'utf8'));
const source = readFileSync(new URL('web/src/api/operations.graphql', root), 'utf8');
const documents = operationDocuments(source);

describe('client operations', () => {
  it('splits the file into one document per operation', () => {
    expect([...documents.keys()].sort()).toEqual(
      [
        'AddSource',
        'Atlas',
        'Changes',
        'Compare',
        'EntitiesWithRelations',
        'EntityDetails',
        'History',
        'Neighborhood',
        'ProposeChange',
        'RelationDetails',
        'ReviewChange',
        'Search',
        'SignIn',
        'SignOut',
        'Trace',
        'Viewer',
      ].sort(),
    );
  });

  it('each document is valid against the server schema on its own (no unused or missing fragments)', () => {
    for (const [name, text] of documents) {
      const errors = validate(schema, parse(text));
      expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });

  it('carries fragments used through other fragments', () => {
    const details = documents.get('EntityDetails') ?? '';
    expect(details).toContain('fragment CitedClaim on Claim');
    expect(details).toContain('fragment ListedCitation on Claim');
    expect(details).toContain('fragment CitationRef on Claim');
    expect(details).toContain('fragment DateParts on PartialDate');
    expect(documents.get('Atlas')).not.toContain('fragment');
  });
});
