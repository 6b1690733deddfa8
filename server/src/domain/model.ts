/**
 * The validated dataset: what the seed validator produces, the loader writes to Neo4j and the
 * rest of the server reasons about. Seed-file shapes (as people write them) are in seed/fileSchema.ts.
 */
import type { DatePrecision } from './dates.js';
import type { EntityKind, RelationType } from './vocabulary.js';

export interface DatedValue {
  value: string;
  precision: DatePrecision;
  year: number | null;
}

export interface SourceDocument {
  id: string;
  file: string;
  lineCount: number;
  title: string;
  titleJa: string;
  publisher: string | null;
  date: string;
}

export interface Entity {
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
  start: DatedValue | null;
  end: DatedValue | null;
}

export interface Relation {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  role: string | null;
  roleJa: string | null;
  since: DatedValue | null;
  until: DatedValue | null;
}

export interface Claim {
  id: string;
  /** The entity or relation the claim supports. */
  subjectId: string;
  subjectKind: 'ENTITY' | 'RELATION';
  doc: string;
  lineStart: number;
  lineEnd: number;
  note: string;
  noteJa: string;
  /** The dates this passage gives, if any (since/until for relations, start/end for entities). */
  since: string | null;
  until: string | null;
  conflictIds: string[];
  /** Claims on another side of a conflict this claim is in (never a claim on its own side). */
  conflictsWith: string[];
  /** Curation provenance (absent on claims the seed files wrote by hand): see Provenance. */
  provenance?: Provenance;
}

/** Who added a curated claim and who accepted it; whether it was deprecated, and why. */
export interface Provenance {
  origin: Origin;
  authorEmail: string | null;
  reviewerEmail: string | null;
  deprecated: boolean;
  deprecationReason: string | null;
}

/** Where an item comes from: the seed files, or curation (which a seed reload never touches). */
export type Origin = 'seed' | 'curated';

/** One side of a disagreement: what it says and the claims (hence documents) that say it. */
export interface ConflictSide {
  /** Unique within its conflict: the seed's side id, or for a date conflict the date itself. */
  id: string;
  /** What this side says: a short position (statement conflicts) or the date (date conflicts). */
  position: string;
  positionJa: string;
  claimIds: string[];
  /** The documents of those claims, sorted. */
  documents: string[];
}

export interface Conflict {
  id: string;
  kind: 'DATE' | 'STATEMENT';
  topic: string;
  topicJa: string;
  /** For date conflicts: the entity or relation and which date ("since", "until"). */
  subjectId: string | null;
  field: string | null;
  sides: ConflictSide[];
}

/** A source document's text as lines (cat -n numbering: line n is `lines[n - 1]`). */
export interface SourceText {
  doc: string;
  lines: string[];
}

export interface Dataset {
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
  claims: Claim[];
  conflicts: Conflict[];
  /** The texts of the documents whose files were found; a document without one has no passages. */
  texts?: SourceText[];
}
