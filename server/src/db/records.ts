/**
 * The shapes data access returns, as stored in Neo4j; resolvers turn them into the GraphQL types
 * (codegen.ts maps the GraphQL types onto these).
 */
import type { DatePrecision } from '../domain/dates.js';
import type { Claim, Conflict, Entity, Provenance, Relation, SourceDocument } from '../domain/model.js';

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

/**
 * A relation as stored in Neo4j, its dates flattened the same way. A query that composed the whole
 * answer also carries its claims and its two ends, so that resolving them reads nothing more.
 */
export type RelationRecord = Omit<Relation, 'since' | 'until'> &
  StoredDate<'since'> &
  StoredDate<'until'> & {
    /** Null when the query was asked to leave them out (claimCount and conflicted say enough). */
    claims?: ClaimRecord[] | null;
    claimCount?: number;
    conflicted?: boolean;
    fromEntity?: EntityRecord;
    toEntity?: EntityRecord;
  };

/** One relation of an entity's page, with the entity it was listed for (its other end is the other one). */
export interface RelationEdgeRecord {
  cursor: string;
  node: RelationRecord;
  ownerId: string;
}

/**
 * A claim as read back: the dataset's claim, with the ids of the claims that disagree with it, and
 * its provenance as flat properties (absent on claims loaded before curation existed), and the
 * document it cites when the query read the documents too. `version` bumps when the claim is
 * corrected or deprecated (absent: 1).
 */
export type ClaimRecord = Omit<Claim, 'conflictIds' | 'provenance'> &
  Partial<Provenance> & { version?: number; document?: SourceRecord };

/** A source document with how many claims cite it, and whether its text was loaded (absent before texts were). */
export type SourceRecord = SourceDocument & { claimCount: number; available?: boolean | null };

/** A conflict with the ids of the claims on its sides. */
export type ConflictRecord = Conflict & { claimIds: string[] };

export interface TimelineItemRecord {
  kind: 'ENTITY_START' | 'ENTITY_END' | 'RELATION_SINCE' | 'RELATION_UNTIL';
  date: { value: string; precision: DatePrecision; year: number | null };
  entityId: string | null;
  relation: RelationRecord | null;
}
