/** The shapes of the seed files as people write them; the validated dataset's shapes are in domain/model.ts. */
import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');
/** Notes are a sentence or two: a page of text is a passage, not a note. */
export const MAX_NOTE_LENGTH = 2000;
const note = text.max(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`);
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
  lines: z.union([z.number().int().positive(), z.tuple([z.number().int().positive(), z.number().int().positive()])]),
  note: note,
  noteJa: note,
  since: dateText.optional(),
  until: dateText.optional(),
  start: dateText.optional(),
  end: dateText.optional(),
  conflict: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
    .optional(),
  /** With `conflict`: which side of that disagreement this claim is on (a side id of the conflict). */
  side: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
    .optional(),
  /** Curation provenance, as `npm run export` writes it: where the claim comes from, who wrote and accepted it. */
  origin: z.enum(['seed', 'curated']).optional(),
  author: text.optional(),
  reviewer: text.optional(),
  /** A deprecated claim stays (readable, cited) but no longer counts towards dates or conflicts. */
  deprecated: z.boolean().optional(),
  deprecationReason: text.optional(),
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
  /** Names (aliases, acronyms) this entity knowingly shares with another that lists them too. */
  sharedNames: z.array(text).optional(),
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
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be kebab-case')
    .optional(),
  claims: z.array(claimSchema).min(1, 'needs at least one claim'),
});
export type RawRelation = z.infer<typeof relationSchema>;

export const conflictSideSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  /** What this side says, in our own words (en + ja). */
  position: text,
  positionJa: text,
});

export const conflictSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'),
  topic: text,
  topicJa: text,
  sides: z.array(conflictSideSchema).min(2, 'a disagreement needs at least two sides'),
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
