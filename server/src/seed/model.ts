/** The shapes of the seed files (as written by people) and of the validated dataset (as loaded). */
import { z } from 'zod';
import type { DatePrecision } from '../domain/dates.js';
import type { EntityKind, RelationType } from '../domain/vocabulary.js';

const text = z.string().trim().min(1, 'must not be empty');
const dateText = z.union([z.string(), z.number()]).transform(String);

export const sourceFileSchema = z.array(
  z.strictObject({
    id: z.string().regex(/^\d{3}$/, 'must be three digits, e.g. "003"'),
    file: text,
    lineCount: z.number().int().positive(),
    title: text,
    titleJa: text,
    publisher: text.optional(),
    date: dateText,
  }),
);

export const claimSchema = z.strictObject({
  doc: z.union([z.string(), z.number()]).transform((v) => String(v).padStart(3, '0')),
  lines: z.union([
    z.number().int().positive(),
    z.tuple([z.number().int().positive(), z.number().int().positive()]),
  ]),
  note: text,
  noteJa: text,
  since: dateText.optional(),
  until: dateText.optional(),
  start: dateText.optional(),
  end: dateText.optional(),
  conflict: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case').optional(),
});
export type RawClaim = z.infer<typeof claimSchema>;

export const entitySchema = z.strictObject({
  id: z.string().regex(/^(actor|framework|event|area):[a-z0-9]+(-[a-z0-9]+)*$/, 'must look like actor:kebab-case'),
  kind: z.string(),
  type: z.string(),
  name: text,
  nameJa: text,
  acronym: text.optional(),
  aliases: z.array(text).optional(),
  aliasesJa: z.array(text).optional(),
  description: text,
  descriptionJa: text,
  place: text.optional(),
  placeJa: text.optional(),
});
export type RawEntity = z.infer<typeof entitySchema>;

export const factSchema = z.strictObject({
  entity: z.string(),
  claims: z.array(claimSchema).min(1, 'needs at least one claim'),
});

export const relationSchema = z.strictObject({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  role: text.optional(),
  roleJa: text.optional(),
  key: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case').optional(),
  claims: z.array(claimSchema).min(1, 'needs at least one claim'),
});
export type RawRelation = z.infer<typeof relationSchema>;

export const conflictSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  topic: text,
  topicJa: text,
});

/** Top-level sections a seed file may have; each is validated entry by entry. */
export const SECTIONS = ['entities', 'facts', 'relations', 'conflicts'] as const;
export type Section = (typeof SECTIONS)[number];
export const sectionSchemas = {
  entities: entitySchema,
  facts: factSchema,
  relations: relationSchema,
  conflicts: conflictSchema,
} as const;

// ---- The validated dataset: what the loader writes to Neo4j. ----

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
  /** Claims in the same conflict that say something else. */
  conflictsWith: string[];
}

export interface Conflict {
  id: string;
  kind: 'DATE' | 'STATEMENT';
  topic: string;
  topicJa: string;
  /** For date conflicts: the entity or relation and which date ("since", "until"). */
  subjectId: string | null;
  field: string | null;
}

export interface Dataset {
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
  claims: Claim[];
  conflicts: Conflict[];
}
