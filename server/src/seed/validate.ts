/**
 * Seed validation: reads the YAML files, checks every entry, and resolves them into the dataset
 * the loader writes. Every error names the file, the entry and the field, so a person can fix it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { PartialDate } from '../domain/dates.js';
import { relationLabels, resolveDateSlot, type SubjectLabels } from '../domain/dateConflicts.js';
import { isEntityKind, isRelationType, type RelationType } from '../domain/vocabulary.js';
import type { Claim, Conflict, Dataset, DatedValue, Entity, Relation, SourceDocument } from '../domain/model.js';
import { relationId } from '../domain/relationId.js';
import { descriptionProblems } from './checks/descriptions.js';
import { nameCollisions, splitNameWarnings } from './checks/names.js';
import { japaneseInEnglishProblems, ownWordsProblems, type CitedText } from './checks/ownWords.js';
import { relationEndProblems } from './checks/relationEnds.js';
import { checkCitation } from './checks/citation.js';
import { sourceFile, type SourcesDir } from './sourceTexts.js';
import { entityKindProblems } from './checks/entityKinds.js';
import {
  SECTIONS,
  sectionSchemas,
  sourceFileSchema,
  type RawClaim,
  type RawEntity,
  type RawRelation,
  type Section,
} from './fileSchema.js';

export interface SeedError {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatSeedError(error: SeedError): string {
  return [error.file, error.entry, error.field].filter(Boolean).join(': ') + ` — ${error.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly errors: SeedError[]) {
    super(`${errors.length} problem(s) in the seed files:\n` + errors.map((e) => `  ${formatSeedError(e)}`).join('\n'));
    this.name = 'SeedValidationError';
  }
}

export interface SeedFile {
  /** Path relative to the seed directory, used in messages. */
  file: string;
  /** The file's text, or null when its bytes are not UTF-8. */
  text: string | null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Seed files must be UTF-8; bytes that are not must be reported, not silently replaced by "�". */
function decodeUtf8(bytes: Buffer): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export interface ValidationOptions {
  /**
   * Folder holding the source texts (or folders, looked in in order: an export's texts/ beside the
   * shared corpus); when present, line counts are checked against the files.
   */
  sourcesDir?: SourcesDir;
}

export interface ValidationResult {
  dataset: Dataset;
  errors: SeedError[];
  warnings: string[];
}

/** Reads sources.yaml, conflicts.yaml and every .yaml below the seed directory, sorted by path. */
export function readSeedDirectory(seedDir: string): SeedFile[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) files.push(full);
    }
  };
  walk(seedDir);
  return files.map((full) => ({ file: path.relative(seedDir, full), text: decodeUtf8(readFileSync(full)) }));
}

/** Human-readable pointer to an entry, e.g. `relations[3] (MEMBER_OF actor:japan → framework:quad)`. */
function describeEntry(section: Section, index: number, entry: unknown): string {
  const e = (entry ?? {}) as Record<string, unknown>;
  const label =
    section === 'relations'
      ? `${String(e.type)} ${String(e.from)} → ${String(e.to)}`
      : section === 'facts'
        ? String(e.entity)
        : String(e.id);
  return `${section}[${index}] (${label})`;
}

function zodIssuesToErrors(file: string, entry: string, issues: z.core.$ZodIssue[]): SeedError[] {
  return issues.map((issue) => ({
    file,
    entry,
    field: issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, ''),
    message: issue.message,
  }));
}

interface Origin {
  file: string;
  entry: string;
}

interface PendingClaim extends Origin {
  raw: RawClaim;
  field: string;
  subjectId: string;
  subjectKind: 'ENTITY' | 'RELATION';
}

type SeedEntity = Entity & Origin & { sharedNames: string[] };
type SeedRelation = Relation & Origin;
type SeedConflict = Conflict & { file: string };

/** Facts and relations as read, in file order; their references are resolved once every id is known. */
type Reference =
  | ({ section: 'facts'; fact: z.infer<(typeof sectionSchemas)['facts']> } & Origin)
  | ({ section: 'relations'; relation: RawRelation; type: RelationType } & Origin);

/** Everything the phases of validation share: what was read so far, and the problems found. */
interface ValidationContext {
  options: ValidationOptions;
  errors: SeedError[];
  warnings: string[];
  documents: Map<string, SourceDocument>;
  /** Each source document's lines (index 0 is line 1), when options.sourcesDir holds its file. */
  sourceLines: Map<string, string[]>;
  entities: Map<string, SeedEntity>;
  conflictDefs: Map<string, SeedConflict>;
  references: Reference[];
  relations: Map<string, SeedRelation>;
  pendingClaims: PendingClaim[];
  claims: Claim[];
  claimOrigins: Map<string, PendingClaim>;
  /** The dates claims give, by subject and slot ("since"/"until"): `${subjectId}\u0000${slot}`. */
  datedClaims: Map<string, { claim: Claim; date: PartialDate }[]>;
  conflicts: Conflict[];
}

export function validateSeed(files: SeedFile[], options: ValidationOptions = {}): ValidationResult {
  const ctx: ValidationContext = {
    options,
    errors: [],
    warnings: [],
    documents: new Map(),
    sourceLines: new Map(),
    entities: new Map(),
    conflictDefs: new Map(),
    references: [],
    relations: new Map(),
    pendingClaims: [],
    claims: [],
    claimOrigins: new Map(),
    datedClaims: new Map(),
    conflicts: [],
  };
  // Without the list of sources every claim would be reported as citing an unknown document (two
  // thousand lines for the seed, the one real problem lost among them): that problem alone is said.
  if (readSources(ctx, files)) {
    for (const file of files) if (file.file !== 'sources.yaml') readEntries(ctx, file);
    resolveReferences(ctx);
    resolveClaims(ctx);
    resolveDates(ctx);
    resolveConflicts(ctx);
    runChecks(ctx);
  }
  return {
    dataset: {
      documents: [...ctx.documents.values()],
      entities: [...ctx.entities.values()].map(({ file: _f, entry: _e, sharedNames: _s, ...e }) => e),
      relations: [...ctx.relations.values()].map(({ file: _f, entry: _e, ...r }) => r),
      claims: ctx.claims,
      conflicts: ctx.conflicts,
    },
    errors: ctx.errors,
    warnings: ctx.warnings,
  };
}

function report(ctx: ValidationContext, file: string, entry: string, field: string, message: string): void {
  ctx.errors.push({ file, entry, field, message });
}

/**
 * sources.yaml: the documents claims may cite, checked against their files when those are at hand.
 * False when there is no list to check claims against (missing, or not a list of sources).
 */
function readSources(ctx: ValidationContext, files: SeedFile[]): boolean {
  const sourcesFile = files.find((f) => f.file === 'sources.yaml');
  if (!sourcesFile) {
    report(ctx, 'sources.yaml', '', '', 'is missing: the seed needs its list of source documents');
    return false;
  }
  const result = sourceFileSchema.safeParse(parseYaml(sourcesFile, ctx.errors));
  if (!result.success) {
    ctx.errors.push(...zodIssuesToErrors(sourcesFile.file, 'sources', result.error.issues));
    return false;
  }
  for (const [i, doc] of result.data.entries()) {
    const entry = `[${i}] (${doc.id})`;
    if (ctx.documents.has(doc.id)) report(ctx, sourcesFile.file, entry, 'id', `duplicate source id "${doc.id}"`);
    if (ctx.options.sourcesDir) {
      const full = sourceFile(ctx.options.sourcesDir, doc.file);
      // A missing text only makes its passages unavailable (the graph loads without them).
      if (!existsSync(full))
        ctx.warnings.push(`${sourcesFile.file}: ${entry}: file — ${full} does not exist; its passages are unavailable`);
      else {
        const text = readFileSync(full, 'utf8');
        const actual = countLines(text);
        if (actual !== doc.lineCount)
          report(
            ctx,
            sourcesFile.file,
            entry,
            'lineCount',
            `says ${doc.lineCount} but ${doc.file} has ${actual} lines`,
          );
        ctx.sourceLines.set(doc.id, text.split('\n'));
      }
    }
    ctx.documents.set(doc.id, { ...doc, publisher: doc.publisher ?? null });
  }
  return true;
}

/** One seed file: its sections, each entry checked against its schema; entities and conflicts are kept. */
function readEntries(ctx: ValidationContext, file: SeedFile): void {
  const parsed = parseYaml(file, ctx.errors);
  if (parsed === undefined || parsed === null) return;
  if (Array.isArray(parsed) && parsed.length === 0) return;
  if (typeof parsed !== 'object' || Array.isArray(parsed))
    return report(ctx, file.file, '', '', `must be a mapping with the sections ${SECTIONS.join(', ')}`);
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(SECTIONS as readonly string[]).includes(key)) {
      report(ctx, file.file, key, '', `unknown section; expected one of ${SECTIONS.join(', ')}`);
      continue;
    }
    const section = key as Section;
    if (value === null) continue;
    if (!Array.isArray(value)) {
      report(ctx, file.file, section, '', 'must be a list');
      continue;
    }
    value.forEach((raw: unknown, index: number) => {
      const entry = describeEntry(section, index, raw);
      const result = sectionSchemas[section].safeParse(raw);
      if (!result.success) {
        ctx.errors.push(...zodIssuesToErrors(file.file, entry, result.error.issues));
        return;
      }
      const origin = { file: file.file, entry };
      if (section === 'entities') readEntity(ctx, origin, result.data as z.infer<(typeof sectionSchemas)['entities']>);
      else if (section === 'conflicts')
        readConflict(ctx, origin, result.data as z.infer<(typeof sectionSchemas)['conflicts']>);
      else if (section === 'facts')
        ctx.references.push({ section, fact: result.data as z.infer<(typeof sectionSchemas)['facts']>, ...origin });
      else {
        const relation = result.data as RawRelation;
        if (!isRelationType(relation.type))
          return report(ctx, file.file, entry, 'type', `unknown relation type "${relation.type}"`);
        ctx.references.push({ section, relation, type: relation.type, ...origin });
      }
    });
  }
}

function readEntity(ctx: ValidationContext, { file, entry }: Origin, e: RawEntity): void {
  const existing = ctx.entities.get(e.id);
  if (existing) return report(ctx, file, entry, 'id', `duplicate id "${e.id}", already defined in ${existing.file}`);
  const problems = entityKindProblems(e);
  for (const problem of problems) report(ctx, file, entry, problem.field, problem.message);
  if (!isEntityKind(e.kind)) return;
  ctx.entities.set(e.id, {
    id: e.id,
    kind: e.kind,
    type: e.type,
    name: e.name,
    nameJa: e.nameJa,
    acronym: e.acronym ?? null,
    aliases: e.aliases ?? [],
    aliasesJa: e.aliasesJa ?? [],
    description: e.description,
    descriptionJa: e.descriptionJa,
    place: e.place ?? null,
    placeJa: e.placeJa ?? null,
    start: null,
    end: null,
    file,
    entry,
    sharedNames: e.sharedNames ?? [],
  });
}

function readConflict(
  ctx: ValidationContext,
  { file, entry }: Origin,
  c: z.infer<(typeof sectionSchemas)['conflicts']>,
) {
  const existing = ctx.conflictDefs.get(c.id);
  if (existing) return report(ctx, file, entry, 'id', `duplicate conflict id "${c.id}", already in ${existing.file}`);
  const sideIds = new Set<string>();
  for (const [i, side] of c.sides.entries()) {
    if (sideIds.has(side.id)) return report(ctx, file, entry, `sides[${i}].id`, `duplicate side id "${side.id}"`);
    sideIds.add(side.id);
  }
  ctx.conflictDefs.set(c.id, {
    ...c,
    kind: 'STATEMENT',
    subjectId: null,
    field: null,
    sides: c.sides.map((side) => ({ ...side, claimIds: [], documents: [] })),
    file,
  });
}

/** Facts and relations, now that every entity is known: ends exist and fit the type; same relations merge. */
function resolveReferences(ctx: ValidationContext): void {
  for (const ref of ctx.references) {
    const { file, entry } = ref;
    if (ref.section === 'facts') {
      const { fact } = ref;
      if (!ctx.entities.has(fact.entity)) {
        report(ctx, file, entry, 'entity', `unknown entity "${fact.entity}"`);
        continue;
      }
      fact.claims.forEach((raw, i) =>
        ctx.pendingClaims.push({
          raw,
          file,
          entry,
          field: `claims[${i}]`,
          subjectId: fact.entity,
          subjectKind: 'ENTITY',
        }),
      );
      continue;
    }
    const { relation: r, type } = ref;
    let ok = true;
    for (const end of ['from', 'to'] as const)
      if (!ctx.entities.has(r[end])) {
        report(ctx, file, entry, end, `unknown entity "${r[end]}"`);
        ok = false;
      }
    if (r.from === r.to) {
      report(ctx, file, entry, 'to', 'a relation cannot link an entity to itself');
      ok = false;
    }
    if (!ok) continue;
    const endProblems = relationEndProblems(type, ctx.entities.get(r.from)!, ctx.entities.get(r.to)!);
    for (const problem of endProblems) report(ctx, file, entry, problem.field, problem.message);
    if (endProblems.length > 0) continue;
    const id = relationId(type, r.from, r.to, r.key);
    const existing = ctx.relations.get(id);
    if (existing) {
      for (const field of ['role', 'roleJa'] as const) {
        const value = r[field] ?? null;
        if (value !== null && existing[field] !== null && existing[field] !== value)
          report(
            ctx,
            file,
            entry,
            field,
            `"${value}" differs from "${existing[field]}" given for the same relation in ${existing.file}`,
          );
        if (existing[field] === null) existing[field] = value;
      }
    } else
      ctx.relations.set(id, {
        id,
        type,
        from: r.from,
        to: r.to,
        role: r.role ?? null,
        roleJa: r.roleJa ?? null,
        since: null,
        until: null,
        file,
        entry,
      });
    r.claims.forEach((raw, i) =>
      ctx.pendingClaims.push({ raw, file, entry, field: `claims[${i}]`, subjectId: id, subjectKind: 'RELATION' }),
    );
  }
}

/** Each claim: its citation, its dates and the disagreement it takes part in; valid ones become claims. */
function resolveClaims(ctx: ValidationContext): void {
  const claimIds = new Set<string>();
  for (const pending of ctx.pendingClaims) {
    const { raw, file, entry, field } = pending;
    const fail = (sub: string, message: string) => report(ctx, file, entry, `${field}.${sub}`, message);
    const { problems, lineStart, lineEnd, dates: parsedDates } = checkCitation(raw, pending.subjectKind, ctx.documents);
    for (const problem of problems) fail(problem.field, problem.message);
    let valid = problems.length === 0;
    if (!claimConflictIsValid(ctx, raw, fail)) valid = false;
    if (!valid) continue;
    let id = `${pending.subjectId}@${raw.doc}:${lineStart}-${lineEnd}`;
    for (let n = 2; claimIds.has(id); n++) id = `${pending.subjectId}@${raw.doc}:${lineStart}-${lineEnd}#${n}`;
    claimIds.add(id);
    const claim: Claim = {
      id,
      subjectId: pending.subjectId,
      subjectKind: pending.subjectKind,
      doc: raw.doc,
      lineStart,
      lineEnd,
      note: raw.note,
      noteJa: raw.noteJa,
      since: parsedDates.since?.value ?? null,
      until: parsedDates.until?.value ?? null,
      conflictIds: raw.conflict ? [raw.conflict] : [],
      conflictsWith: [],
      ...provenanceOf(raw),
    };
    ctx.claims.push(claim);
    ctx.claimOrigins.set(id, pending);
    if (raw.conflict && raw.side)
      ctx.conflictDefs
        .get(raw.conflict)!
        .sides.find((d) => d.id === raw.side)!
        .claimIds.push(id);
    // A deprecated claim no longer speaks to its subject's dates (curation keeps it for the record).
    if (!raw.deprecated) fileDates(ctx, claim, parsedDates);
  }
}

/** The provenance a claim's entry gives (export files have it), or nothing for a hand-written seed claim. */
function provenanceOf(raw: RawClaim): Pick<Claim, 'provenance'> {
  if (raw.origin === undefined && raw.author === undefined && raw.deprecated === undefined) return {};
  return {
    provenance: {
      origin: raw.origin ?? 'seed',
      authorEmail: raw.author ?? null,
      reviewerEmail: raw.reviewer ?? null,
      deprecated: raw.deprecated ?? false,
      deprecationReason: raw.deprecationReason ?? null,
    },
  };
}

function claimConflictIsValid(ctx: ValidationContext, raw: RawClaim, fail: (sub: string, message: string) => void) {
  if (raw.conflict === undefined) {
    if (raw.side === undefined) return true;
    fail('side', 'a side needs the conflict it belongs to (conflict:)');
    return false;
  }
  const def = ctx.conflictDefs.get(raw.conflict);
  if (!def) fail('conflict', `unknown conflict "${raw.conflict}"; define it under conflicts:`);
  else if (raw.side === undefined)
    fail('side', `names conflict "${raw.conflict}" but not its side; one of ${def.sides.map((d) => d.id).join(', ')}`);
  else if (!def.sides.some((d) => d.id === raw.side))
    fail(
      'side',
      `conflict "${raw.conflict}" has no side "${raw.side}"; one of ${def.sides.map((d) => d.id).join(', ')}`,
    );
  else return true;
  return false;
}

/** Files a claim's dates under its subject and slot, for resolveDates. */
function fileDates(ctx: ValidationContext, claim: Claim, dates: Partial<Record<'since' | 'until', PartialDate>>) {
  for (const slot of ['since', 'until'] as const) {
    const date = dates[slot];
    if (!date) continue;
    const key = `${claim.subjectId}\u0000${slot}`;
    const list = ctx.datedClaims.get(key) ?? [];
    list.push({ claim, date });
    ctx.datedClaims.set(key, list);
  }
}

/** Each subject's dates from its claims; claims that disagree on a date become a DATE conflict. */
function resolveDates(ctx: ValidationContext): void {
  ctx.conflicts.push(...[...ctx.conflictDefs.values()].map(({ file: _file, ...c }) => c));
  for (const [key, list] of ctx.datedClaims) {
    const [subjectId, slot] = key.split('\u0000') as [string, 'since' | 'until'];
    const subject = ctx.relations.get(subjectId) ?? ctx.entities.get(subjectId);
    if (!subject) continue;
    const isRelation = ctx.relations.has(subjectId);
    const { resolved, conflict } = resolveDateSlot(
      subjectId,
      slot,
      isRelation,
      list,
      subjectLabels(subject, ctx.entities),
    );
    if (conflict) {
      ctx.conflicts.push(conflict);
      for (const a of list) a.claim.conflictIds.push(conflict.id);
    }
    const dated: DatedValue = { value: resolved.value, precision: resolved.precision, year: resolved.year };
    if (isRelation) (subject as Relation)[slot] = dated;
    else (subject as Entity)[slot === 'since' ? 'start' : 'end'] = dated;
  }
}

/**
 * Sides: each needs claims, two sides may not rest on the same single document, and a claim
 * disagrees with the claims on the other sides only.
 */
function resolveConflicts(ctx: ValidationContext): void {
  const claimById = new Map(ctx.claims.map((c) => [c.id, c]));
  for (const conflict of ctx.conflicts) {
    for (const side of conflict.sides)
      side.documents = [...new Set(side.claimIds.map((id) => claimById.get(id)!.doc))].sort();
    if (conflict.kind !== 'STATEMENT') continue;
    const def = ctx.conflictDefs.get(conflict.id)!;
    conflict.sides.forEach((side, i) => {
      if (side.claimIds.length === 0)
        report(
          ctx,
          def.file,
          `conflicts (${def.id})`,
          `sides[${i}]`,
          `side "${side.id}" has no claims; name it with conflict: ${def.id} and side: ${side.id} on a claim`,
        );
    });
    for (const [i, a] of conflict.sides.entries())
      for (const b of conflict.sides.slice(i + 1))
        if (a.documents.length === 1 && b.documents.length === 1 && a.documents[0] === b.documents[0])
          report(
            ctx,
            def.file,
            `conflicts (${def.id})`,
            'sides',
            `sides "${a.id}" and "${b.id}" both cite only document ${a.documents[0]}: a disagreement is between sources`,
          );
  }
  for (const conflict of ctx.conflicts)
    for (const side of conflict.sides)
      for (const id of side.claimIds) {
        const claim = claimById.get(id)!;
        for (const other of conflict.sides)
          if (other !== side)
            for (const otherId of other.claimIds)
              if (!claim.conflictsWith.includes(otherId)) claim.conflictsWith.push(otherId);
      }
}

/** Checks over the whole dataset: names, descriptions, own words, and entities nothing mentions. */
function runChecks(ctx: ValidationContext): void {
  const entities = [...ctx.entities.values()];
  const claimsOf = claimsByEntity(ctx);
  for (const e of entities)
    if (!claimsOf.has(e.id)) ctx.warnings.push(`${e.file}: ${e.id} is defined but no relation or fact mentions it`);
  ctx.errors.push(...nameCollisions(entities));
  for (const w of splitNameWarnings(entities)) ctx.warnings.push(formatSeedError(w));
  ctx.errors.push(...descriptionProblems(entities.map((e) => ({ ...e, claimCount: claimsOf.get(e.id)?.length ?? 0 }))));
  const origin = (claim: Claim) => ctx.claimOrigins.get(claim.id)!;
  ctx.errors.push(
    ...japaneseInEnglishProblems([
      ...entities.map((e) => ({ file: e.file, entry: e.entry, field: 'description', text: e.description })),
      ...ctx.claims.map((c) => ({ ...origin(c), field: `${origin(c).field}.note`, text: c.note })),
    ]),
  );
  if (ctx.sourceLines.size === 0) return; // own words need the source texts
  const cited = (claim: Claim) => {
    const lines = ctx.sourceLines.get(claim.doc);
    if (!lines) return [];
    const text = lines.slice(claim.lineStart - 1, claim.lineEnd).join('');
    return [{ label: `${claim.doc}:${claim.lineStart}-${claim.lineEnd}`, text }];
  };
  const texts: CitedText[] = [
    ...ctx.claims.map((c) => ({ ...origin(c), field: `${origin(c).field}.noteJa`, text: c.noteJa, sources: cited(c) })),
    // A description rests on the passages cited about its entity: its facts and its relations.
    ...entities.map((e) => ({
      file: e.file,
      entry: e.entry,
      field: 'descriptionJa',
      text: e.descriptionJa,
      sources: (claimsOf.get(e.id) ?? []).flatMap(cited),
    })),
  ];
  const allowed = entities.flatMap((e) =>
    [e.name, e.nameJa, e.acronym, e.place, e.placeJa, ...e.aliases, ...e.aliasesJa].filter((n) => n !== null),
  );
  ctx.errors.push(...ownWordsProblems(texts, allowed));
}

/** The claims about each entity: its facts' claims and the claims of the relations it is an end of. */
function claimsByEntity(ctx: ValidationContext): Map<string, Claim[]> {
  const byEntity = new Map<string, Claim[]>();
  const add = (id: string, claim: Claim) => {
    const list = byEntity.get(id);
    if (list) list.push(claim);
    else byEntity.set(id, [claim]);
  };
  for (const claim of ctx.claims) {
    const relation = ctx.relations.get(claim.subjectId);
    if (relation) {
      add(relation.from, claim);
      add(relation.to, claim);
    } else add(claim.subjectId, claim);
  }
  return byEntity;
}

/** How a conflict's topic names its subject: the entity, or the relation by its two ends' names. */
function subjectLabels(subject: Entity | Relation, entities: Map<string, Entity>): SubjectLabels {
  if ('name' in subject) return { en: subject.name, ja: subject.nameJa };
  const [from, to] = [entities.get(subject.from)!, entities.get(subject.to)!];
  return relationLabels(subject.type, { en: from.name, ja: from.nameJa }, { en: to.name, ja: to.nameJa });
}

function countLines(text: string): number {
  if (text.length === 0) return 0;
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

function parseYaml(file: SeedFile, errors: SeedError[]): unknown {
  if (file.text === null) {
    errors.push({ file: file.file, entry: '', field: '', message: 'is not valid UTF-8 text' });
    return undefined;
  }
  if (file.text.trim() === '') {
    errors.push({
      file: file.file,
      entry: '',
      field: '',
      message: 'is empty; delete it or give it entities, facts, relations or conflicts',
    });
    return undefined;
  }
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      errors.push({
        file: file.file,
        entry: pos ? `line ${pos.line}, column ${pos.col}` : '',
        field: '',
        message: `not valid YAML: ${e.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  try {
    // Aliases are expanded here; the yaml library refuses an alias bomb with an exception.
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    errors.push({ file: file.file, entry: '', field: '', message: `cannot be read: ${(error as Error).message}` });
    return undefined;
  }
}

/** Validates the seed directory; throws SeedValidationError listing every problem. */
export function loadDataset(seedDir: string, options: ValidationOptions = {}): ValidationResult {
  const result = validateSeed(readSeedDirectory(seedDir), options);
  if (result.errors.length > 0) throw new SeedValidationError(result.errors);
  return result;
}
