/**
 * A proposed change, validated by the seed's own rules (seed/fileSchema.ts for the shapes, the
 * checks of seed/checks/ for citations, kinds, relation ends and own words) and turned into what
 * its acceptance writes. Errors name the API's input fields ("claim.lineEnd", "newEntity.type").
 */
import type { Entity } from '../domain/model.js';
import { parseRelationId, relationId } from '../domain/relationId.js';
import { ID_PREFIX, type EntityKind, type RelationType } from '../domain/vocabulary.js';
import type { AcceptPlan } from '../db/curationRepository.js';
import type { ChangeKind, ChangeRecord } from '../db/curationRecords.js';
import type { ClaimRecord, EntityRecord, SourceRecord } from '../db/records.js';
import { checkCitation } from '../seed/checks/citation.js';
import { entityKindProblems } from '../seed/checks/entityKinds.js';
import { japaneseInEnglishProblems, ownWordsProblems } from '../seed/checks/ownWords.js';
import { relationEndProblems } from '../seed/checks/relationEnds.js';
import { claimSchema, entitySchema } from '../seed/fileSchema.js';
import { claimRow, entityRow, relationRow } from '../seed/load.js';
import { CurationInputError, inputError, type FieldProblem } from './errors.js';

export interface ClaimInput {
  documentId: string;
  lineStart: number;
  lineEnd: number;
  note: string;
  noteJa: string;
  since?: string | null;
  until?: string | null;
}

export interface NewEntityInput {
  /** As the API names kinds: ACTOR, FRAMEWORK, EVENT, AREA. */
  kind: 'ACTOR' | 'FRAMEWORK' | 'EVENT' | 'AREA';
  type: string;
  name: string;
  nameJa: string;
  description: string;
  descriptionJa: string;
  acronym?: string | null;
}

export interface ProposeInput {
  kind: ChangeKind;
  subjectId?: string | null;
  newEntity?: NewEntityInput | null;
  newRelation?: { type: RelationType; fromId: string; toId: string } | null;
  claim?: ClaimInput | null;
  targetClaimId?: string | null;
  expectedVersion?: number | null;
  reason?: string | null;
}

/** What the graph holds that a proposal refers to, read by the service before validating. */
export interface Known {
  documents: ReadonlyMap<string, SourceRecord>;
  entity: (id: string) => Promise<EntityRecord | null>;
  relationExists: (id: string) => Promise<boolean>;
  claim: (id: string) => Promise<ClaimRecord | null>;
  /** The text of lines `from` to `to` of a document, joined (empty when its text is not stored). */
  citedText: (doc: string, from: number, to: number) => Promise<string>;
}

/** The validated proposal, stored as JSON on the change and applied when it is accepted. */
export interface Proposal {
  kind: ChangeKind;
  subjectId: string;
  subjectKind: 'ENTITY' | 'RELATION';
  authorEmail: string;
  entity: Entity | null;
  relation: { id: string; type: RelationType; from: string; to: string } | null;
  claim: {
    doc: string;
    lineStart: number;
    lineEnd: number;
    note: string;
    noteJa: string;
    since: string | null;
    until: string | null;
  } | null;
  target: { claimId: string; expectedVersion: number } | null;
  reason: string | null;
}

export const MAX_REASON_LENGTH = 2000;

/** The seed file field a problem names, as the API's ClaimInput names it. */
const CLAIM_FIELDS: Record<string, string> = {
  doc: 'claim.documentId',
  lines: 'claim.lineEnd',
  'lines[0]': 'claim.lineStart',
  'lines[1]': 'claim.lineEnd',
  note: 'claim.note',
  noteJa: 'claim.noteJa',
  since: 'claim.since',
  start: 'claim.since',
  until: 'claim.until',
  end: 'claim.until',
};

const toDomainKind = (kind: string): EntityKind => (kind.charAt(0) + kind.slice(1).toLowerCase()) as EntityKind;
const zodField = (path: PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');

/** A kebab-case id from a name, as seed ids are written: "New Zealand" → "new-zealand". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A claim input checked as a seed claim of that subject; throws every problem found. */
async function validateClaim(
  input: ClaimInput,
  subjectKind: 'ENTITY' | 'RELATION',
  names: string[],
  known: Known,
): Promise<NonNullable<Proposal['claim']>> {
  const isRelation = subjectKind === 'RELATION';
  const raw = {
    doc: input.documentId,
    lines: [input.lineStart, input.lineEnd],
    note: input.note,
    noteJa: input.noteJa,
    ...(input.since != null ? { [isRelation ? 'since' : 'start']: input.since } : {}),
    ...(input.until != null ? { [isRelation ? 'until' : 'end']: input.until } : {}),
  };
  const parsed = claimSchema.safeParse(raw);
  if (!parsed.success)
    throw new CurationInputError(
      parsed.error.issues.map((issue) => {
        const field = zodField(issue.path);
        return { field: CLAIM_FIELDS[field] ?? `claim.${field}`, message: issue.message };
      }),
    );
  const claim = parsed.data;
  const checked = checkCitation(claim, subjectKind, known.documents);
  const problems: FieldProblem[] = checked.problems.map((p) => ({
    field: CLAIM_FIELDS[p.field] ?? `claim.${p.field}`,
    message: p.message,
  }));
  if (problems.length > 0) throw new CurationInputError(problems);
  const entry = { file: '', entry: '' };
  const cited = await known.citedText(claim.doc, checked.lineStart, checked.lineEnd);
  const wording = [
    ...japaneseInEnglishProblems([{ ...entry, field: 'claim.note', text: claim.note }]),
    ...ownWordsProblems(
      [
        {
          ...entry,
          field: 'claim.noteJa',
          text: claim.noteJa,
          sources: cited ? [{ label: `${claim.doc}:${checked.lineStart}-${checked.lineEnd}`, text: cited }] : [],
        },
      ],
      names,
    ),
  ];
  if (wording.length > 0) throw new CurationInputError(wording);
  return {
    doc: claim.doc,
    lineStart: checked.lineStart,
    lineEnd: checked.lineEnd,
    note: claim.note,
    noteJa: claim.noteJa,
    since: checked.dates.since?.value ?? null,
    until: checked.dates.until?.value ?? null,
  };
}

async function validateNewEntity(input: NewEntityInput, known: Known): Promise<Entity> {
  const kind = toDomainKind(input.kind);
  const slug = slugOf(input.name);
  if (!slug) throw inputError('newEntity.name', 'needs Latin letters or digits: the id is made from the English name');
  const id = `${ID_PREFIX[kind]}:${slug}`;
  const raw = {
    id,
    kind,
    type: input.type,
    name: input.name,
    nameJa: input.nameJa,
    description: input.description,
    descriptionJa: input.descriptionJa,
    ...(input.acronym != null ? { acronym: input.acronym } : {}),
  };
  const parsed = entitySchema.safeParse(raw);
  const problems: FieldProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: `newEntity.${zodField(issue.path)}`, message: issue.message }));
  problems.push(...entityKindProblems(raw).map((p) => ({ field: `newEntity.${p.field}`, message: p.message })));
  problems.push(
    ...japaneseInEnglishProblems([{ file: '', entry: '', field: 'newEntity.description', text: input.description }]),
  );
  if (problems.length > 0) throw new CurationInputError(problems);
  if (await known.entity(id))
    throw inputError('newEntity.name', `an entity ${id} exists already; propose the claim on it (subjectId)`);
  return {
    id,
    kind,
    type: input.type,
    name: input.name.trim(),
    nameJa: input.nameJa.trim(),
    acronym: input.acronym?.trim() || null,
    aliases: [],
    aliasesJa: [],
    description: input.description.trim(),
    descriptionJa: input.descriptionJa.trim(),
    place: null,
    placeJa: null,
    start: null,
    end: null,
  };
}

/** A proposal's target claim: it must exist, not be deprecated, and be at the version the curator saw. */
async function targetOf(input: ProposeInput, known: Known): Promise<ClaimRecord> {
  if (!input.targetClaimId) throw inputError('targetClaimId', `${input.kind} needs the claim it changes`);
  if (input.expectedVersion == null)
    throw inputError('expectedVersion', 'give the version of the claim you read (Claim.version)');
  const target = await known.claim(input.targetClaimId);
  if (!target) throw inputError('targetClaimId', `no claim ${input.targetClaimId}`);
  return target;
}

/**
 * Validates a proposal against the graph as it is; throws CurationInputError (every field problem)
 * or returns the proposal with its subject's id. A stale target version is the caller's CONFLICT.
 */
export async function validateProposal(
  input: ProposeInput,
  authorEmail: string,
  known: Known,
): Promise<{ proposal: Proposal; target: ClaimRecord | null }> {
  const reason = input.reason?.trim() || null;
  if (reason && reason.length > MAX_REASON_LENGTH)
    throw inputError('reason', `must be at most ${MAX_REASON_LENGTH} characters`);
  const base = { kind: input.kind, authorEmail, reason, entity: null, relation: null, claim: null, target: null };
  if (input.kind === 'ADD_CLAIM') {
    const given = (['subjectId', 'newEntity', 'newRelation'] as const).filter((f) => input[f] != null);
    if (given.length !== 1)
      throw inputError('subjectId', 'ADD_CLAIM takes exactly one of subjectId, newEntity and newRelation');
    if (!input.claim) throw inputError('claim', 'ADD_CLAIM needs the claim');
    if (input.newEntity) {
      const entity = await validateNewEntity(input.newEntity, known);
      const names = [entity.name, entity.nameJa, ...(entity.acronym ? [entity.acronym] : [])];
      const claim = await validateClaim(input.claim, 'ENTITY', names, known);
      return { proposal: { ...base, subjectId: entity.id, subjectKind: 'ENTITY', entity, claim }, target: null };
    }
    if (input.newRelation) {
      const { type, fromId, toId } = input.newRelation;
      const [from, to] = [await known.entity(fromId), await known.entity(toId)];
      const problems: FieldProblem[] = [];
      if (!from) problems.push({ field: 'newRelation.fromId', message: `unknown entity "${fromId}"` });
      if (!to) problems.push({ field: 'newRelation.toId', message: `unknown entity "${toId}"` });
      if (fromId === toId)
        problems.push({ field: 'newRelation.toId', message: 'a relation cannot link an entity to itself' });
      if (from && to)
        problems.push(
          ...relationEndProblems(type, from, to).map((p) => ({
            field: p.field === 'from' ? 'newRelation.fromId' : 'newRelation.toId',
            message: p.message,
          })),
        );
      if (problems.length > 0) throw new CurationInputError(problems);
      const id = relationId(type, fromId, toId);
      if (await known.relationExists(id))
        throw inputError('newRelation', `the relation ${id} exists already; propose the claim on it (subjectId)`);
      const names = [from!, to!].flatMap((e) => [e.name, e.nameJa, ...(e.acronym ? [e.acronym] : [])]);
      const claim = await validateClaim(input.claim, 'RELATION', names, known);
      return {
        proposal: {
          ...base,
          subjectId: id,
          subjectKind: 'RELATION',
          relation: { id, type, from: fromId, to: toId },
          claim,
        },
        target: null,
      };
    }
    const subjectId = input.subjectId!;
    const subject = await subjectOf(subjectId, known);
    const claim = await validateClaim(input.claim, subject.kind, subject.names, known);
    return { proposal: { ...base, subjectId, subjectKind: subject.kind, claim }, target: null };
  }
  const target = await targetOf(input, known);
  const targetRef = { claimId: target.id, expectedVersion: input.expectedVersion! };
  if (input.kind === 'DEPRECATE_CLAIM') {
    if (!reason) throw inputError('reason', 'say why the claim is deprecated');
    return {
      proposal: { ...base, subjectId: target.subjectId, subjectKind: target.subjectKind, target: targetRef },
      target,
    };
  }
  if (!input.claim) throw inputError('claim', 'CORRECT_CLAIM needs the corrected claim');
  const subject = await subjectOf(target.subjectId, known);
  const claim = await validateClaim(input.claim, target.subjectKind, subject.names, known);
  return {
    proposal: { ...base, subjectId: target.subjectId, subjectKind: target.subjectKind, target: targetRef, claim },
    target,
  };
}

async function subjectOf(subjectId: string, known: Known): Promise<{ kind: 'ENTITY' | 'RELATION'; names: string[] }> {
  const relation = parseRelationId(subjectId);
  const ids = relation ? [relation.from, relation.to] : [subjectId];
  const entities = await Promise.all(ids.map((id) => known.entity(id)));
  const exists = relation ? await known.relationExists(subjectId) : entities[0] !== null;
  if (!exists) throw inputError('subjectId', `no entity or relation "${subjectId}"`);
  return {
    kind: relation ? 'RELATION' : 'ENTITY',
    names: entities.flatMap((e) => (e ? [e.name, e.nameJa, ...(e.acronym ? [e.acronym] : [])] : [])),
  };
}

/** What an accepted change writes, from its stored proposal; `reviewerEmail` is the accepting reviewer. */
export function acceptPlan(change: ChangeRecord, reviewerEmail: string): AcceptPlan {
  const proposal = JSON.parse(change.proposal) as Proposal;
  const curated = { origin: 'curated', authorEmail: proposal.authorEmail, reviewerEmail, changeId: change.id };
  const plan: AcceptPlan = {};
  if (proposal.entity) {
    const row = entityRow(proposal.entity);
    plan.entity = { ...row, id: proposal.entity.id, props: { ...(row.props as object), ...curated } };
  }
  if (proposal.relation) {
    const { id, type, from, to } = proposal.relation;
    const row = relationRow({ id, type, from, to, role: null, roleJa: null, since: null, until: null });
    plan.relation = { ...row, id, from, to, props: { ...(row.props as object), ...curated } };
  }
  if (proposal.claim) {
    const c = proposal.claim;
    // Curated claims come after the seed's in data-set order (the seed numbers its claims 0, 1, …).
    const row = claimRow(
      {
        id: '',
        subjectId: proposal.subjectId,
        subjectKind: proposal.subjectKind,
        ...c,
        conflictIds: [],
        conflictsWith: [],
        provenance: {
          origin: 'curated',
          authorEmail: proposal.authorEmail,
          reviewerEmail,
          deprecated: false,
          deprecationReason: null,
        },
      },
      Date.now(),
    );
    plan.claim = {
      base: `${proposal.subjectId}@${c.doc}:${c.lineStart}-${c.lineEnd}`,
      doc: c.doc,
      props: { ...(row.props as object), version: 1, changeId: change.id, subjectId: proposal.subjectId },
    };
  }
  if (proposal.target)
    plan.deprecate = {
      ...proposal.target,
      reason: proposal.reason ?? `corrected by change ${change.id}`,
      changeId: change.id,
    };
  return plan;
}

/** A proposal's claim as the API shows it before acceptance (it has no id in the graph yet). */
export function proposedClaim(change: ChangeRecord): ClaimRecord | null {
  const proposal = JSON.parse(change.proposal) as Proposal;
  if (!proposal.claim) return null;
  return {
    id: `${change.id}/claim`,
    subjectId: proposal.subjectId,
    subjectKind: proposal.subjectKind,
    ...proposal.claim,
    conflictsWith: [],
    origin: 'curated',
    authorEmail: proposal.authorEmail,
    reviewerEmail: null,
    deprecated: false,
    deprecationReason: null,
    version: 1,
  };
}
