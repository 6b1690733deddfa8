/**
 * Data access for curation: accounts, sessions, sign-in counters, changes, added sources and the
 * acceptance of a change, which writes the accepted items, recomputes the subject's dates and
 * conflicts as the seed validator computes them, and bumps the data version, in one transaction.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { parsePartialDate, type PartialDate } from '../domain/dates.js';
import { dateFieldName, relationLabels, resolveDateSlot, type DatedClaim } from '../domain/dateConflicts.js';
import type { Conflict } from '../domain/model.js';
import { parseRelationId } from '../domain/relationId.js';
import type { RepositoryOptions } from './atlasRepository.js';
import type { ChangeRecord, ChangeStatus, UserRecord } from './curationRecords.js';
import { cypher } from './cypherFiles.js';
import { CurationConflictError } from './errors.js';
import { cypherParams } from './params.js';
import type { ClaimRecord, ConflictRecord, EntityRecord, RelationRecord, SourceRecord } from './records.js';
import { leaderRead, readTransaction, writeTransaction, type Bookmarks, type SessionBookmarks } from './sessions.js';

type Row = Record<string, unknown>;

/** A curation write transaction may run this many times the per-query timeout (see session()). */
export const WRITE_TIMEOUT_FACTOR = 4;

export interface SessionRow {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
}

/** A live session: its account, and the bookmarks of its latest writes (none before its first). */
export interface SignedInSession {
  user: UserRecord;
  bookmarks: Bookmarks;
}

/** The session whose requests this repository serves (forSession). */
interface Writer {
  tokenHash: string;
  bookmarks: SessionBookmarks;
}

/** An added source: its document's properties, and the slug its file is named by (`curated/<id>-<slug>.txt`). */
export type NewSource = Omit<SourceRecord, 'id' | 'claimCount' | 'file'> & {
  slug: string;
  origin: 'curated';
  addedBy: string;
  addedAt: string;
};

/** A claim as the export reads it: with the statement conflict side it stands on, if any. */
export type ExportedClaim = ClaimRecord & { conflict: string | null; side: string | null };

export interface GraphExport {
  documents: (Row & SourceRecord)[];
  /** The stored texts of added sources (the seed's are the corpus, never exported). */
  texts: Map<string, string[]>;
  entities: EntityRecord[];
  relations: RelationRecord[];
  claims: ExportedClaim[];
  conflicts: ConflictRecord[];
}

export interface ChangesPage {
  totalCount: number;
  changes: ChangeRecord[];
  hasNextPage: boolean;
}

/** What accepting a change writes; built by the curation layer from the change's proposal. */
export interface AcceptPlan {
  /** A new entity: a row as the seed loader writes it (load/create-entities). */
  entity?: Row & { id: string };
  /** A new relation (load/create-relations); an existing one of that id is reused. */
  relation?: Row & { id: string; from: string; to: string };
  /** The new claim: its id's base (`subject@doc:from-to`) and the row's document and properties. */
  claim?: { base: string; doc: string; props: Row & { subjectId: string } };
  /** A claim to deprecate, which must still be at the version the curator saw. */
  deprecate?: { claimId: string; expectedVersion: number; reason: string; changeId: string };
}

export interface Review {
  status: Exclude<ChangeStatus, 'PROPOSED'>;
  reviewerId: string;
  reviewComment: string | null;
  reviewedAt: string;
}

async function run(tx: ManagedTransaction, name: string, params: Record<string, unknown> = {}) {
  return (await tx.run(cypher(name), cypherParams(params))).records;
}

/** Bumps the data version inside `tx` (the shared contract of bump-data-version.cypher). */
export async function bumpDataVersion(tx: ManagedTransaction, changedAt: string): Promise<number> {
  const [record] = await run(tx, 'queries/bump-data-version', { changedAt });
  return record!.get('version') as number;
}

function datedProps(field: string, date: PartialDate | null): Row {
  return {
    [field]: date?.value ?? null,
    [`${field}Precision`]: date?.precision ?? null,
    [`${field}Year`]: date?.year ?? null,
  };
}

/**
 * A subject's dates and date conflicts from its claims that are not deprecated, by the seed's rule
 * (domain/dateConflicts.ts): the dates on the entity or relation, the conflicts with their sides,
 * and the claims' disagreement links.
 */
export async function recomputeSubjectDates(tx: ManagedTransaction, subjectId: string): Promise<void> {
  const relation = parseRelationId(subjectId);
  const ends = relation ? [relation.from, relation.to] : [subjectId];
  const entities = (await run(tx, 'queries/entities-by-id', { ids: ends })).map((r) => r.get('entity') as EntityRecord);
  const byId = new Map(entities.map((e) => [e.id, { en: e.name, ja: e.nameJa }]));
  if (ends.some((id) => !byId.has(id))) return;
  const labels = relation
    ? relationLabels(relation.type, byId.get(relation.from)!, byId.get(relation.to)!)
    : byId.get(subjectId)!;
  const claims = (await run(tx, 'curation/dated-claims-of', { subjectId })).map((r) => r.toObject());
  const props: Row = {};
  const conflicts: Conflict[] = [];
  for (const slot of ['since', 'until'] as const) {
    const list: DatedClaim[] = claims.flatMap((c) => {
      const date = c[slot] === null ? null : parsePartialDate(String(c[slot]), slot === 'until');
      return date && typeof date !== 'string' ? [{ claim: { id: c.id as string, doc: c.doc as string }, date }] : [];
    });
    const field = dateFieldName(slot, relation !== null);
    if (list.length === 0) {
      Object.assign(props, datedProps(field, null));
      continue;
    }
    const { resolved, conflict } = resolveDateSlot(subjectId, slot, relation !== null, list, labels);
    Object.assign(props, datedProps(field, resolved));
    if (conflict) conflicts.push(conflict);
  }
  if (relation) await run(tx, 'curation/set-relation-dates', { id: subjectId, ...relation, props });
  else await run(tx, 'curation/set-entity-dates', { id: subjectId, props });
  await run(tx, 'curation/delete-date-conflicts', { subjectId });
  const conflictRows = conflicts.map((x) => ({
    id: x.id,
    props: { kind: x.kind, topic: x.topic, topicJa: x.topicJa, subjectId, field: x.field, origin: 'curated' },
    claimIds: x.sides.flatMap((s) => s.claimIds),
  }));
  const sideRows = conflicts.flatMap((x) =>
    x.sides.map((side, order) => ({
      id: `${x.id}/${side.id}`,
      conflictId: x.id,
      props: { sideId: side.id, order, position: side.position, positionJa: side.positionJa, origin: 'curated' },
      claimIds: side.claimIds,
    })),
  );
  await run(tx, 'load/upsert-conflicts', { rows: conflictRows, loadId: null });
  await run(tx, 'load/upsert-conflict-sides', { rows: sideRows, loadId: null });
  await run(tx, 'curation/relink-claim-conflicts', { subjectId });
}

/**
 * After a seed load (in its transaction): the subjects that curated or deprecated claims speak to
 * get their dates and date conflicts back, which the seed's pass computed from its claims alone;
 * and the data version moves on.
 */
export async function reconcileAfterSeedLoad(tx: ManagedTransaction): Promise<void> {
  const subjects = new Set((await run(tx, 'curation/recomputed-subjects')).map((r) => r.get('subjectId') as string));
  for (const subjectId of subjects) await recomputeSubjectDates(tx, subjectId);
  await bumpDataVersion(tx, new Date().toISOString());
}

/** The first free claim id for a citation: the base, then `#2`, `#3` … as the seed validator numbers them. */
function nextClaimId(base: string, taken: readonly string[]): string {
  const used = new Set(taken);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}#${n}`;
  return id;
}

export class CurationRepository {
  constructor(
    private readonly driver: Driver,
    private readonly options: RepositoryOptions,
    private readonly writer: Writer | null = null,
  ) {}

  /**
   * This repository as one signed-in session's request uses it (read-your-writes): its reads wait
   * for the session's bookmarks, and each write's bookmarks are kept on the (:Session) node, where
   * the session's next request finds them through whichever API process it reaches.
   */
  forSession(tokenHash: string, bookmarks: SessionBookmarks): CurationRepository {
    return new CurationRepository(this.driver, { ...this.options, bookmarks }, { tokenHash, bookmarks });
  }

  private get target() {
    const { driver } = this;
    const { database, observer } = this.options;
    return { driver, database, observer };
  }

  /**
   * Through sessions.ts, as every query: READ/WRITE routing, the retry budget, the session metrics.
   * A write gets more time than a read: accepting a change is a dozen statements in one
   * transaction, and a write that times out loses a reviewer's work; WRITE_TIMEOUT_FACTOR × the
   * query timeout still bounds it.
   */
  private async session<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const { queryTimeoutMs, bookmarks } = this.options;
    if (mode === 'READ') return readTransaction(this.target, work, { timeoutMs: queryTimeoutMs, bookmarks });
    const written = await writeTransaction(this.target, work, { timeoutMs: queryTimeoutMs * WRITE_TIMEOUT_FACTOR });
    if (this.writer) await this.keepBookmarks(this.writer, written.bookmarks);
    return written.result;
  }

  /**
   * After a session's write: the rest of the request reads after it, and so do the session's next
   * requests (its node keeps the bookmarks). The write has committed whatever happens here: were
   * keeping them to fail (the database gone since), reporting the write as failed would have it
   * made twice on a retry, so it only leaves the session's next reads waiting for its older writes.
   */
  private async keepBookmarks(writer: Writer, bookmarks: Bookmarks): Promise<void> {
    writer.bookmarks.wrote(bookmarks);
    await writeTransaction(
      this.target,
      (tx) => run(tx, 'curation/keep-session-bookmarks', { tokenHash: writer.tokenHash, bookmarks }),
      { timeoutMs: this.options.queryTimeoutMs },
    ).catch(() => undefined);
  }

  private read(name: string, params: Record<string, unknown> = {}) {
    return this.session('READ', (tx) => run(tx, name, params));
  }

  private write(name: string, params: Record<string, unknown> = {}) {
    return this.session('WRITE', (tx) => run(tx, name, params));
  }

  async createUser(user: UserRecord): Promise<UserRecord> {
    const [record] = await this.write('curation/create-user', { user });
    return record!.get('user') as UserRecord;
  }

  async usersByEmail(emails: readonly string[]): Promise<UserRecord[]> {
    return (await this.read('curation/users-by-email', { emails })).map((r) => r.get('user') as UserRecord);
  }

  async usersById(ids: readonly string[]): Promise<UserRecord[]> {
    return (await this.read('curation/users-by-id', { ids })).map((r) => r.get('user') as UserRecord);
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.read('curation/list-users')).map((r) => r.get('user') as UserRecord);
  }

  async disableUser(email: string): Promise<UserRecord | null> {
    const [record] = await this.write('curation/disable-user', { email });
    return (record?.get('user') as UserRecord | undefined) ?? null;
  }

  /** False when the account is gone or disabled. */
  async createSession(session: SessionRow): Promise<boolean> {
    return (await this.write('curation/create-session', { session })).length > 0;
  }

  /**
   * Who a session token stands for, read on the leader: a session made a moment ago through
   * another API process is there, while a secondary may not have it yet, and there are no
   * bookmarks to wait for before the session is known (its bookmarks are what this returns).
   */
  async signedInSession(tokenHash: string, now: string): Promise<SignedInSession | null> {
    const [record] = await leaderRead(this.target, (tx) => run(tx, 'curation/session-user', { tokenHash, now }), {
      timeoutMs: this.options.queryTimeoutMs,
    });
    if (!record) return null;
    return { user: record.get('user') as UserRecord, bookmarks: record.get('bookmarks') as string[] };
  }

  async revokeSession(tokenHash: string): Promise<boolean> {
    const [record] = await this.write('curation/revoke-session', { tokenHash });
    return (record?.get('revoked') as number) > 0;
  }

  async signInFailures(keys: readonly string[], windowStart: string): Promise<number> {
    const [record] = await this.read('curation/sign-in-failures', { keys, windowStart });
    return (record?.get('failures') as number | null) ?? 0;
  }

  async recordSignInFailure(keys: readonly string[], now: string, windowStart: string): Promise<void> {
    await this.write('curation/record-sign-in-failure', { keys, now, windowStart });
  }

  async clearSignInFailures(key: string): Promise<void> {
    await this.write('curation/clear-sign-in-failures', { key });
  }

  async createChange(change: ChangeRecord): Promise<ChangeRecord> {
    const [record] = await this.write('curation/create-change', { change });
    return record!.get('change') as ChangeRecord;
  }

  async changesById(ids: readonly string[]): Promise<ChangeRecord[]> {
    return (await this.read('curation/changes-by-id', { ids })).map((r) => r.get('change') as ChangeRecord);
  }

  /** A page of `first` changes; one more is read to know whether another page follows. */
  async changesPage(status: ChangeStatus | null, after: string | null, first: number): Promise<ChangesPage> {
    const [record] = await this.read('curation/changes-page', { status, after, first: first + 1 });
    const changes = record!.get('changes') as ChangeRecord[];
    return {
      totalCount: record!.get('totalCount') as number,
      changes: changes.slice(0, first),
      hasNextPage: changes.length > first,
    };
  }

  async history(subjectId: string, all: boolean): Promise<ChangeRecord[]> {
    return (await this.read('curation/history', { subjectId, all })).map((r) => r.get('change') as ChangeRecord);
  }

  /** The whole accepted graph, for `npm run export`: read in one transaction, so it is one state. */
  async exportGraph(): Promise<GraphExport> {
    return this.session('READ', async (tx) => {
      const column = async <T>(name: string, key: string) => (await run(tx, name)).map((r) => r.get(key) as T);
      const documents = await column<Row & SourceRecord>('curation/export-documents', 'document');
      const texts = new Map<string, string[]>();
      for (const doc of documents)
        if (doc.origin === 'curated')
          texts.set(
            doc.id,
            (await run(tx, 'curation/export-source-lines', { doc: doc.id })).map((r) => r.get('text') as string),
          );
      return {
        documents,
        texts,
        entities: await column<EntityRecord>('curation/export-entities', 'entity'),
        relations: await column<RelationRecord>('curation/export-relations', 'relation'),
        claims: await column<ExportedClaim>('curation/export-claims', 'claim'),
        conflicts: await column<ConflictRecord>('queries/conflicts', 'conflict'),
      };
    });
  }

  /**
   * Adds a source document and its lines as the seed loader stores them, numbered after the
   * highest document id; immediately visible, so the data version bumps with it.
   */
  async addSource(doc: NewSource, lines: readonly string[], now: string): Promise<SourceRecord> {
    return this.session('WRITE', async (tx) => {
      // First, so that two added sources queue on the version's lock and never take one id.
      await bumpDataVersion(tx, now);
      const [max] = await run(tx, 'curation/max-document-id');
      const id = String(((max?.get('maxId') as number | null) ?? -1) + 1).padStart(3, '0');
      const { slug, ...props } = doc;
      const row = { ...props, id, file: `curated/${id}-${slug}.txt` };
      await run(tx, 'load/upsert-documents', { rows: [row], loadId: null });
      const lineRows = lines.map((text, i) => ({
        id: `${id}:${i + 1}`,
        doc: id,
        number: i + 1,
        text,
        origin: 'curated',
      }));
      for (let i = 0; i < lineRows.length; i += 1000)
        await run(tx, 'load/upsert-source-lines', { rows: lineRows.slice(i, i + 1000), loadId: null });
      return { ...row, claimCount: 0 };
    });
  }

  /**
   * Reviews a change: refused (CurationConflictError) when it was reviewed already or
   * `expectedVersion` is stale; an acceptance writes `plan(change)` first, and fails as a whole
   * when what the plan changes moved on (a claim corrected meanwhile, an entity id taken).
   */
  async review(
    id: string,
    expectedVersion: number,
    review: Review,
    plan: (change: ChangeRecord) => AcceptPlan,
  ): Promise<ChangeRecord | null> {
    return this.session('WRITE', async (tx) => {
      const [locked] = await run(tx, 'curation/lock-change', { id });
      if (!locked) return null;
      const change = locked.get('change') as ChangeRecord;
      if (change.status !== 'PROPOSED')
        throw new CurationConflictError(`change ${id} was already ${change.status.toLowerCase()}`, change);
      if (change.version !== expectedVersion)
        throw new CurationConflictError(
          `change ${id} is at version ${change.version}, not ${expectedVersion}; reload it`,
          change,
        );
      let claimId: string | null = null;
      if (review.status === 'ACCEPTED') {
        await bumpDataVersion(tx, review.reviewedAt);
        claimId = await this.accept(tx, plan(change));
      }
      const [record] = await run(tx, 'curation/review-change', { id, review: { ...review, claimId } });
      return record!.get('change') as ChangeRecord;
    });
  }

  private async accept(tx: ManagedTransaction, plan: AcceptPlan): Promise<string | null> {
    const entities = async (ids: string[]) =>
      (await run(tx, 'queries/entities-by-id', { ids })).map((r) => r.get('entity') as EntityRecord);
    if (plan.entity) {
      const [existing] = await entities([plan.entity.id]);
      if (existing) throw new CurationConflictError(`an entity ${plan.entity.id} was added meanwhile`, existing);
      await run(tx, 'load/create-entities', { rows: [plan.entity], loadId: null });
    }
    if (plan.relation) {
      const { id, from, to } = plan.relation;
      const found = await entities([from, to]);
      if (found.length < 2) throw new CurationConflictError(`an end of ${id} no longer exists`, found);
      const existing = await run(tx, 'queries/relations-by-id', { refs: [{ id, from, to }] });
      if (existing.length === 0) await run(tx, 'load/create-relations', { rows: [plan.relation], loadId: null });
    }
    let subjectId: string | null = null;
    if (plan.deprecate) {
      const { claimId, expectedVersion, reason, changeId } = plan.deprecate;
      const [record] = await run(tx, 'queries/claims-by-id', { ids: [claimId] });
      const target = record?.get('claim') as ClaimRecord | undefined;
      const version = (target?.version as number | undefined) ?? 1;
      if (!target || target.deprecated || version !== expectedVersion)
        throw new CurationConflictError(
          `claim ${claimId} changed since it was read (now version ${version}${target?.deprecated ? ', deprecated' : ''})`,
          target ?? null,
        );
      await run(tx, 'curation/deprecate-claim', { id: claimId, reason, changeId });
      subjectId = target.subjectId;
    }
    let claimId: string | null = null;
    if (plan.claim) {
      const [taken] = await run(tx, 'curation/claim-ids-of', {
        subjectId: plan.claim.props.subjectId,
        base: plan.claim.base,
      });
      claimId = nextClaimId(plan.claim.base, taken!.get('ids') as string[]);
      await run(tx, 'load/create-claims', {
        rows: [{ id: claimId, doc: plan.claim.doc, props: plan.claim.props }],
        loadId: null,
      });
      subjectId = plan.claim.props.subjectId;
    }
    if (subjectId) await recomputeSubjectDates(tx, subjectId);
    return claimId;
  }
}
