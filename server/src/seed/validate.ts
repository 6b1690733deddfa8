/**
 * Seed validation: reads the YAML files, checks every entry, and resolves them into the dataset
 * the loader writes. Every error names the file, the entry and the field, so a person can fix it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { datesAgree, moreSpecific, parsePartialDate, type PartialDate } from '../domain/dates.js';
import { ENTITY_TYPES, ID_PREFIX, isEntityKind, isRelationType } from '../domain/vocabulary.js';
import type { Claim, Conflict, Dataset, DatedValue, Entity, Relation, SourceDocument } from '../domain/model.js';
import { SECTIONS, sectionSchemas, sourceFileSchema, type RawClaim, type Section } from './fileSchema.js';

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
  /** Folder holding the source texts; when present, line counts are checked against the files. */
  sourcesDir?: string;
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

interface PendingClaim {
  raw: RawClaim;
  file: string;
  entry: string;
  field: string;
  subjectId: string;
  subjectKind: 'ENTITY' | 'RELATION';
}

export function validateSeed(files: SeedFile[], options: ValidationOptions = {}): ValidationResult {
  const errors: SeedError[] = [];
  const warnings: string[] = [];
  const err = (file: string, entry: string, field: string, message: string) =>
    errors.push({ file, entry, field, message });

  // --- Source documents ---
  const documents = new Map<string, SourceDocument>();
  const sourcesFile = files.find((f) => f.file === 'sources.yaml');
  if (!sourcesFile) err('sources.yaml', '', '', 'is missing: the seed needs its list of source documents');
  else {
    const parsed = parseYaml(sourcesFile, errors);
    const result = sourceFileSchema.safeParse(parsed);
    if (!result.success) errors.push(...zodIssuesToErrors(sourcesFile.file, 'sources', result.error.issues));
    else
      for (const [i, doc] of result.data.entries()) {
        const entry = `[${i}] (${doc.id})`;
        if (documents.has(doc.id)) err(sourcesFile.file, entry, 'id', `duplicate source id "${doc.id}"`);
        if (options.sourcesDir) {
          const full = path.join(options.sourcesDir, doc.file);
          // A missing text only makes its passages unavailable (the graph loads without them).
          if (!existsSync(full))
            warnings.push(`${sourcesFile.file}: ${entry}: file — ${full} does not exist; its passages are unavailable`);
          else {
            const actual = countLines(readFileSync(full, 'utf8'));
            if (actual !== doc.lineCount)
              err(sourcesFile.file, entry, 'lineCount', `says ${doc.lineCount} but ${doc.file} has ${actual} lines`);
          }
        }
        documents.set(doc.id, { ...doc, publisher: doc.publisher ?? null });
      }
  }

  // --- Entries of every other file, section by section ---
  const entities = new Map<string, Entity & { file: string }>();
  const conflictDefs = new Map<string, Conflict & { file: string }>();
  const relations = new Map<string, Relation & { file: string; entry: string }>();
  const pendingClaims: PendingClaim[] = [];
  type Later = () => void; // reference checks run once every file's ids are known
  const later: Later[] = [];

  for (const file of files) {
    if (file.file === 'sources.yaml') continue;
    const parsed = parseYaml(file, errors);
    if (parsed === undefined || parsed === null) continue;
    if (Array.isArray(parsed) && parsed.length === 0) continue;
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      err(file.file, '', '', `must be a mapping with the sections ${SECTIONS.join(', ')}`);
      continue;
    }
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (!(SECTIONS as readonly string[]).includes(key)) {
        err(file.file, key, '', `unknown section; expected one of ${SECTIONS.join(', ')}`);
        continue;
      }
      const section = key as Section;
      if (value === null) continue;
      if (!Array.isArray(value)) {
        err(file.file, section, '', 'must be a list');
        continue;
      }
      value.forEach((raw: unknown, index: number) => {
        const entry = describeEntry(section, index, raw);
        const result = sectionSchemas[section].safeParse(raw);
        if (!result.success) {
          errors.push(...zodIssuesToErrors(file.file, entry, result.error.issues));
          return;
        }
        const data = result.data;
        if (section === 'entities') {
          const e = data as z.infer<(typeof sectionSchemas)['entities']>;
          const existing = entities.get(e.id);
          if (existing)
            return err(file.file, entry, 'id', `duplicate id "${e.id}", already defined in ${existing.file}`);
          if (!isEntityKind(e.kind)) return err(file.file, entry, 'kind', `unknown kind "${e.kind}"`);
          if (!e.id.startsWith(`${ID_PREFIX[e.kind]}:`))
            err(file.file, entry, 'id', `a ${e.kind} id must start with "${ID_PREFIX[e.kind]}:"`);
          if (!ENTITY_TYPES[e.kind].includes(e.type))
            err(file.file, entry, 'type', `"${e.type}" is not a ${e.kind} type (${ENTITY_TYPES[e.kind].join(', ')})`);
          entities.set(e.id, {
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
            file: file.file,
          });
        } else if (section === 'conflicts') {
          const c = data as z.infer<(typeof sectionSchemas)['conflicts']>;
          const existing = conflictDefs.get(c.id);
          if (existing)
            return err(file.file, entry, 'id', `duplicate conflict id "${c.id}", already in ${existing.file}`);
          const sideIds = new Set<string>();
          for (const [i, side] of c.sides.entries()) {
            if (sideIds.has(side.id)) return err(file.file, entry, `sides[${i}].id`, `duplicate side id "${side.id}"`);
            sideIds.add(side.id);
          }
          conflictDefs.set(c.id, {
            ...c,
            kind: 'STATEMENT',
            subjectId: null,
            field: null,
            sides: c.sides.map((side) => ({ ...side, claimIds: [], documents: [] })),
            file: file.file,
          });
        } else if (section === 'facts') {
          const f = data as z.infer<(typeof sectionSchemas)['facts']>;
          later.push(() => {
            if (!entities.has(f.entity)) return err(file.file, entry, 'entity', `unknown entity "${f.entity}"`);
            f.claims.forEach((raw, i) =>
              pendingClaims.push({
                raw,
                file: file.file,
                entry,
                field: `claims[${i}]`,
                subjectId: f.entity,
                subjectKind: 'ENTITY',
              }),
            );
          });
        } else {
          const r = data as z.infer<(typeof sectionSchemas)['relations']>;
          if (!isRelationType(r.type)) return err(file.file, entry, 'type', `unknown relation type "${r.type}"`);
          const type = r.type;
          later.push(() => {
            let ok = true;
            for (const end of ['from', 'to'] as const)
              if (!entities.has(r[end])) {
                err(file.file, entry, end, `unknown entity "${r[end]}"`);
                ok = false;
              }
            if (r.from === r.to) {
              err(file.file, entry, 'to', 'a relation cannot link an entity to itself');
              ok = false;
            }
            if (!ok) return;
            const id = relationId(type, r.from, r.to, r.key);
            const existing = relations.get(id);
            if (existing) {
              for (const field of ['role', 'roleJa'] as const) {
                const value = r[field] ?? null;
                if (value !== null && existing[field] !== null && existing[field] !== value)
                  err(
                    file.file,
                    entry,
                    field,
                    `"${value}" differs from "${existing[field]}" given for the same relation in ${existing.file}`,
                  );
                if (existing[field] === null) existing[field] = value;
              }
            } else
              relations.set(id, {
                id,
                type,
                from: r.from,
                to: r.to,
                role: r.role ?? null,
                roleJa: r.roleJa ?? null,
                since: null,
                until: null,
                file: file.file,
                entry,
              });
            r.claims.forEach((raw, i) =>
              pendingClaims.push({
                raw,
                file: file.file,
                entry,
                field: `claims[${i}]`,
                subjectId: id,
                subjectKind: 'RELATION',
              }),
            );
          });
        }
      });
    }
  }
  for (const check of later) check();

  // --- Claims: citations, dates, conflicts ---
  const claims: Claim[] = [];
  const claimIds = new Set<string>();
  const datedClaims = new Map<string, { claim: Claim; date: PartialDate; pending: PendingClaim }[]>();
  for (const pending of pendingClaims) {
    const { raw, file, entry, field } = pending;
    const fail = (sub: string, message: string) => err(file, entry, `${field}.${sub}`, message);
    const doc = documents.get(raw.doc);
    const [lineStart, lineEnd] = typeof raw.lines === 'number' ? [raw.lines, raw.lines] : raw.lines;
    let valid = true;
    if (!doc) {
      fail('doc', `unknown source document "${raw.doc}" (known: ${[...documents.keys()].join(', ')})`);
      valid = false;
    } else if (lineStart > lineEnd) {
      fail('lines', `range ${lineStart}-${lineEnd} runs backwards`);
      valid = false;
    } else if (lineEnd > doc.lineCount) {
      fail('lines', `line ${lineEnd} is past the end of ${doc.file} (${doc.lineCount} lines)`);
      valid = false;
    }
    const dateFields = pending.subjectKind === 'RELATION' ? (['since', 'until'] as const) : (['start', 'end'] as const);
    const wrongFields =
      pending.subjectKind === 'RELATION' ? (['start', 'end'] as const) : (['since', 'until'] as const);
    for (const wrong of wrongFields)
      if (raw[wrong] !== undefined) {
        fail(
          wrong,
          `use ${dateFields.join('/')} on ${pending.subjectKind === 'RELATION' ? 'relation' : 'entity'} claims`,
        );
        valid = false;
      }
    if (raw.conflict !== undefined) {
      const def = conflictDefs.get(raw.conflict);
      if (!def) {
        fail('conflict', `unknown conflict "${raw.conflict}"; define it under conflicts:`);
        valid = false;
      } else if (raw.side === undefined) {
        fail(
          'side',
          `names conflict "${raw.conflict}" but not its side; one of ${def.sides.map((d) => d.id).join(', ')}`,
        );
        valid = false;
      } else if (!def.sides.some((d) => d.id === raw.side)) {
        fail(
          'side',
          `conflict "${raw.conflict}" has no side "${raw.side}"; one of ${def.sides.map((d) => d.id).join(', ')}`,
        );
        valid = false;
      }
    } else if (raw.side !== undefined) {
      fail('side', 'a side needs the conflict it belongs to (conflict:)');
      valid = false;
    }
    const parsedDates: Partial<Record<'since' | 'until', PartialDate>> = {};
    dateFields.forEach((name, i) => {
      const value = raw[name];
      if (value === undefined) return;
      const parsed = parsePartialDate(value, i === 1);
      if (typeof parsed === 'string') {
        fail(name, parsed);
        valid = false;
      } else parsedDates[i === 0 ? 'since' : 'until'] = parsed;
    });
    if (parsedDates.since && parsedDates.until && parsedDates.since.earliest > parsedDates.until.latest) {
      fail(dateFields[1], `ends (${parsedDates.until.value}) before it begins (${parsedDates.since.value})`);
      valid = false;
    }
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
    };
    claims.push(claim);
    if (raw.conflict && raw.side)
      conflictDefs
        .get(raw.conflict)!
        .sides.find((d) => d.id === raw.side)!
        .claimIds.push(id);
    for (const slot of ['since', 'until'] as const) {
      const date = parsedDates[slot];
      if (!date) continue;
      const key = `${pending.subjectId}\u0000${slot}`;
      const list = datedClaims.get(key) ?? [];
      list.push({ claim, date, pending });
      datedClaims.set(key, list);
    }
  }

  // Resolve each subject's dates from its claims; disagreeing claims become a DATE conflict.
  const conflicts: Conflict[] = [...conflictDefs.values()].map(({ file: _file, ...c }) => c);
  for (const [key, list] of datedClaims) {
    const [subjectId, slot] = key.split('\u0000') as [string, 'since' | 'until'];
    const subject = relations.get(subjectId) ?? entities.get(subjectId);
    if (!subject) continue;
    const isRelation = relations.has(subjectId);
    const fieldName = isRelation ? slot : slot === 'since' ? 'start' : 'end';
    const disagreeing = list.some((a) => list.some((b) => !datesAgree(a.date, b.date)));
    let resolved: PartialDate;
    if (!disagreeing) resolved = list.map((d) => d.date).reduce(moreSpecific);
    else {
      // Keep the widest reading (earliest start, latest end) so that "as of" filters never hide
      // a relation some source places in that year; the conflict itself is shown to the user.
      resolved = list
        .map((d) => d.date)
        .reduce((a, b) => (slot === 'since' ? (b.earliest < a.earliest ? b : a) : b.latest > a.latest ? b : a));
      const conflictId = `date:${subjectId}:${fieldName}`;
      const [label, labelJa] = subjectLabels(subject, entities);
      // One side per date: claims whose dates agree with a side's first date stand on that side.
      const sides: { date: PartialDate; claims: Claim[] }[] = [];
      for (const { claim, date } of list) {
        const side = sides.find((d) => datesAgree(d.date, date));
        if (side) side.claims.push(claim);
        else sides.push({ date, claims: [claim] });
      }
      conflicts.push({
        id: conflictId,
        kind: 'DATE',
        topic: `Sources disagree on the ${DATE_FIELD_EN[fieldName]} of ${label}`,
        topicJa: `${labelJa}の${DATE_FIELD_JA[fieldName]}について資料の記述が食い違う`,
        subjectId,
        field: fieldName,
        sides: sides.map((side) => ({
          id: side.date.value,
          position: side.date.value,
          positionJa: side.date.value,
          claimIds: side.claims.map((c) => c.id),
          documents: [],
        })),
      });
      for (const a of list) a.claim.conflictIds.push(conflictId);
    }
    const dated: DatedValue = { value: resolved.value, precision: resolved.precision, year: resolved.year };
    if (isRelation) (subject as Relation)[slot] = dated;
    else (subject as Entity)[slot === 'since' ? 'start' : 'end'] = dated;
  }

  // Sides: each needs claims, two sides may not rest on the same single document, and a claim
  // disagrees with the claims on the other sides only.
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const conflict of conflicts) {
    for (const side of conflict.sides)
      side.documents = [...new Set(side.claimIds.map((id) => claimById.get(id)!.doc))].sort();
    if (conflict.kind !== 'STATEMENT') continue;
    const def = conflictDefs.get(conflict.id)!;
    conflict.sides.forEach((side, i) => {
      if (side.claimIds.length === 0)
        err(
          def.file,
          `conflicts (${def.id})`,
          `sides[${i}]`,
          `side "${side.id}" has no claims; name it with conflict: ${def.id} and side: ${side.id} on a claim`,
        );
    });
    for (const [i, a] of conflict.sides.entries())
      for (const b of conflict.sides.slice(i + 1))
        if (a.documents.length === 1 && b.documents.length === 1 && a.documents[0] === b.documents[0])
          err(
            def.file,
            `conflicts (${def.id})`,
            'sides',
            `sides "${a.id}" and "${b.id}" both cite only document ${a.documents[0]}: a disagreement is between sources`,
          );
  }
  for (const conflict of conflicts)
    for (const side of conflict.sides)
      for (const id of side.claimIds) {
        const claim = claimById.get(id)!;
        for (const other of conflict.sides)
          if (other !== side)
            for (const otherId of other.claimIds)
              if (!claim.conflictsWith.includes(otherId)) claim.conflictsWith.push(otherId);
      }

  const referenced = new Set<string>();
  for (const r of relations.values()) referenced.add(r.from).add(r.to);
  for (const c of claims) referenced.add(c.subjectId);
  for (const e of entities.values())
    if (!referenced.has(e.id)) warnings.push(`${e.file}: ${e.id} is defined but no relation or fact mentions it`);

  const strip = <T extends { file: string }>({ file: _file, ...rest }: T) => rest;
  return {
    dataset: {
      documents: [...documents.values()],
      entities: [...entities.values()].map(strip),
      relations: [...relations.values()].map(({ file: _f, entry: _e, ...r }) => r),
      claims,
      conflicts,
    },
    errors,
    warnings,
  };
}

const DATE_FIELD_EN: Record<string, string> = { since: 'start', until: 'end', start: 'date', end: 'end date' };
const DATE_FIELD_JA: Record<string, string> = { since: '開始時期', until: '終了時期', start: '時期', end: '終了時期' };

/** How a conflict's topic names its subject: the entity, or the relation by its two ends' names. */
function subjectLabels(subject: Entity | Relation, entities: Map<string, Entity>): [string, string] {
  if ('name' in subject) return [subject.name, subject.nameJa];
  const from = entities.get(subject.from)!;
  const to = entities.get(subject.to)!;
  return [`${from.name} ${subject.type} ${to.name}`, `${from.nameJa} ${subject.type} ${to.nameJa}`];
}

export function relationId(type: string, from: string, to: string, key?: string): string {
  return `${from}-[${type}]->${to}${key ? `#${key}` : ''}`;
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
