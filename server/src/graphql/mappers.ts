/** The shapes data access returns; resolvers turn them into the GraphQL types. */
import type { Entity, Relation } from '../seed/model.js';

/** A dated value as stored on a node or relationship: `start`, `startPrecision`, `startYear`. */
type StoredDate<Name extends string> = { [K in Name]: string | null } & { [K in `${Name}Precision`]: string | null } & {
  [K in `${Name}Year`]: number | null;
};

/** An entity as stored in Neo4j: the dataset's entity with its dates flattened into properties. */
export type EntityRecord = Omit<Entity, 'start' | 'end'> &
  StoredDate<'start'> &
  StoredDate<'end'> & {
    /** Present when the query computed it; otherwise resolved through a loader. */
    degree?: number;
  };

/** A relation as stored in Neo4j, its dates flattened the same way. */
export type RelationRecord = Omit<Relation, 'since' | 'until'> & StoredDate<'since'> & StoredDate<'until'>;

export interface ClaimRecord {
  id: string;
  subjectId: string;
  subjectKind: 'ENTITY' | 'RELATION';
  doc: string;
  lineStart: number;
  lineEnd: number;
  note: string;
  noteJa: string;
  since: string | null;
  until: string | null;
  conflictsWith: string[];
}

export interface SourceRecord {
  id: string;
  file: string;
  title: string;
  titleJa: string;
  publisher: string | null;
  date: string;
  lineCount: number;
  claimCount: number;
}

export interface ConflictRecord {
  id: string;
  kind: 'DATE' | 'STATEMENT';
  topic: string;
  topicJa: string;
  subjectId: string | null;
  field: string | null;
  claimIds: string[];
}

export interface TimelineItemRecord {
  kind: 'ENTITY_START' | 'ENTITY_END' | 'RELATION_SINCE' | 'RELATION_UNTIL';
  date: { value: string; precision: import('./generated.js').DatePrecision; year: number | null };
  entityId: string | null;
  relation: RelationRecord | null;
}
