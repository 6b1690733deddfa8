/** The shapes data access returns; resolvers turn them into the GraphQL types. */
import type { EntityKind, RelationType } from '../domain/vocabulary.js';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  type: string;
  name: string;
  nameJa: string;
  acronym: string | null;
  aliases: string[];
  aliasesJa: string[];
  description: string;
  descriptionJa: string;
  place: string | null;
  placeJa: string | null;
  start: string | null;
  startPrecision: string | null;
  startYear: number | null;
  end: string | null;
  endPrecision: string | null;
  endYear: number | null;
  /** Present when the query computed it; otherwise resolved through a loader. */
  degree?: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  roleJa: string | null;
  since: string | null;
  sincePrecision: string | null;
  sinceYear: number | null;
  until: string | null;
  untilPrecision: string | null;
  untilYear: number | null;
}

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
