/**
 * Writes a validated dataset to Neo4j with batched, parameterised UNWIND … MERGE (UNWIND … CREATE
 * when the database is empty: a first load has nothing to match).
 *
 * Idempotent: every item is merged by its stable id and stamped with this load's id; whatever an
 * earlier load wrote and this one did not is deleted at the end. Atomic: a data set that fits in
 * one transaction (the seed does, by far) is written in one, so a failure leaves the previous data
 * untouched; a larger one is written batch by batch (claims alongside entities and relations, in a
 * second session), and an interrupted load is completed by the next run (merges are idempotent and
 * the stale clean-up only runs after the last batch). A dataset too large for memory can be
 * streamed (loadStreamIntoNeo4j): batch by batch, one batch per session held at a time.
 *
 * Curated data survives: the stale clean-up removes only the seed's items (origin 'seed'), and the
 * subjects curated or deprecated claims speak to get their dates and date conflicts recomputed
 * with those claims (reconcileAfterSeedLoad), which also bumps the data version.
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { cypher, cypherStatements } from '../db/cypherFiles.js';
import { cypherParams } from '../db/params.js';
import { reconcileAfterSeedLoad } from '../db/curationRepository.js';
import { isEntityKind, isRelationType } from '../domain/vocabulary.js';
import type { Claim, Conflict, Dataset, Entity, Relation, SourceDocument, SourceText } from '../domain/model.js';

export interface LoadOptions {
  database?: string;
  batchSize?: number;
  /** Above this many rows the load is split into one transaction per batch. */
  singleTransactionLimit?: number;
  /** As a step starts (`done` 0) and after each of its batches; `total` is unknown (undefined) for a streamed dataset. */
  onProgress?: (step: string, done: number, total: number | undefined) => void;
}

export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of cypherStatements('schema')) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}

/** Rows of one kind, a batch at a time: a Dataset's arrays, or a generator that never holds them all. */
export type Batches<T> = Iterable<readonly T[]> | AsyncIterable<readonly T[]>;

/**
 * A dataset too large to hold in memory: the big parts come as batches (each is read once, in
 * order); the conflicts' claim ids and the claim links are collected while the claims stream by.
 */
export interface DatasetStream {
  documents: readonly SourceDocument[];
  /** Texts of the documents whose files were found (stored line by line); others have no passages. */
  texts?: readonly SourceText[];
  entities: Batches<Entity>;
  relations: Batches<Relation>;
  claims: Batches<Claim>;
  conflicts: readonly Conflict[];
}

type Row = Record<string, unknown>;
type Step = { name: string; query: string; batches: AsyncIterable<Row[]>; total: number | undefined };

export function entityRow(e: Entity): Row {
  if (!isEntityKind(e.kind)) throw new Error(`entity ${e.id}: kind "${e.kind}" is not in the vocabulary`);
  return {
    id: e.id,
    kind: e.kind,
    props: {
      origin: 'seed',
      kind: e.kind,
      type: e.type,
      name: e.name,
      nameJa: e.nameJa,
      acronym: e.acronym,
      aliases: e.aliases,
      aliasesJa: e.aliasesJa,
      aliasesText: [...e.aliases, ...e.aliasesJa].join(' | '),
      description: e.description,
      descriptionJa: e.descriptionJa,
      place: e.place,
      placeJa: e.placeJa,
      ...datedProps('start', e.start),
      ...datedProps('end', e.end),
    },
  };
}

export function relationRow(r: Relation): Row {
  if (!isRelationType(r.type)) throw new Error(`relation ${r.id}: type "${r.type}" is not in the vocabulary`);
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    props: {
      origin: 'seed',
      role: r.role,
      roleJa: r.roleJa,
      ...datedProps('since', r.since),
      ...datedProps('until', r.until),
    },
  };
}

function sourceLineRows(text: SourceText): Row[] {
  return text.lines.map((line, i) => ({
    id: `${text.doc}:${i + 1}`,
    doc: text.doc,
    number: i + 1,
    text: line,
    origin: 'seed',
  }));
}

/** A conflict's sides, each its own node (id "<conflict>/<side>"), in the seed's order. */
function conflictSideRows(x: Conflict): Row[] {
  return x.sides.map((side, order) => ({
    id: `${x.id}/${side.id}`,
    conflictId: x.id,
    props: { sideId: side.id, order, position: side.position, positionJa: side.positionJa, origin: 'seed' },
    claimIds: side.claimIds,
  }));
}

/**
 * `seq`: the claim's place in the data set, which orders a subject's claims when curation recomputes
 * its date conflicts as the validator does (in file order). Provenance is written only where the
 * data set has it: a reload must not reset what curation recorded on a seed claim (deprecation).
 */
export function claimRow(c: Claim, seq: number): Row {
  return {
    id: c.id,
    doc: c.doc,
    props: {
      origin: c.provenance?.origin ?? 'seed',
      ...(c.provenance ?? {}),
      seq,
      subjectId: c.subjectId,
      subjectKind: c.subjectKind,
      lineStart: c.lineStart,
      lineEnd: c.lineEnd,
      note: c.note,
      noteJa: c.noteJa,
      since: c.since,
      until: c.until,
    },
  };
}

/**
 * Re-cuts batches of items into rows of the load's batch size (an item may give several rows, as a
 * text gives its lines); `observe` sees every item on the way.
 */
async function* rowBatches<T>(
  source: Batches<T>,
  toRows: (item: T) => Row | Row[],
  batchSize: number,
  observe?: (item: T) => void,
): AsyncGenerator<Row[]> {
  let batch: Row[] = [];
  for await (const items of source)
    for (const item of items) {
      observe?.(item);
      const rows = toRows(item);
      for (const row of Array.isArray(rows) ? rows : [rows]) {
        batch.push(row);
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
  if (batch.length > 0) yield batch;
}

/**
 * The load's steps in order. Lazy: conflicts and claim links read what the claims step collected.
 * Into an empty database (`fresh`) entities, relations and claims are created rather than merged:
 * there is nothing to match, and the id constraints still refuse a duplicate.
 */
function steps(source: DatasetStream, batchSize: number, fresh: boolean, totals?: Record<string, number>): Step[] {
  const write = fresh ? 'create' : 'upsert';
  const claimIdsByConflict = new Map<string, string[]>();
  const claimLinks: Row[] = [];
  const collectConflicts = (c: Claim) => {
    for (const conflictId of c.conflictIds)
      claimIdsByConflict.set(conflictId, [...(claimIdsByConflict.get(conflictId) ?? []), c.id]);
    if (c.conflictsWith.length > 0) claimLinks.push({ id: c.id, conflictsWith: c.conflictsWith });
  };
  const step = (name: string, file: string, batches: AsyncIterable<Row[]>): Step => ({
    name,
    query: cypher(file),
    batches,
    total: totals?.[name],
  });
  const available = new Set((source.texts ?? []).map((text) => text.doc));
  let claimSeq = 0;
  return [
    step(
      'documents',
      'load/upsert-documents',
      rowBatches([source.documents], (d) => ({ origin: 'seed', ...d, available: available.has(d.id) }), batchSize),
    ),
    step('source lines', 'load/upsert-source-lines', rowBatches([source.texts ?? []], sourceLineRows, batchSize)),
    step('entities', `load/${write}-entities`, rowBatches(source.entities, entityRow, batchSize)),
    step('relations', `load/${write}-relations`, rowBatches(source.relations, relationRow, batchSize)),
    step(
      'claims',
      `load/${write}-claims`,
      rowBatches(source.claims, (c) => claimRow(c, claimSeq++), batchSize, collectConflicts),
    ),
    step(
      'conflicts',
      'load/upsert-conflicts',
      rowBatches(
        [source.conflicts],
        (x) => ({
          id: x.id,
          props: {
            kind: x.kind,
            topic: x.topic,
            topicJa: x.topicJa,
            subjectId: x.subjectId,
            field: x.field,
            origin: 'seed',
          },
          claimIds: claimIdsByConflict.get(x.id) ?? [],
        }),
        batchSize,
      ),
    ),
    step('conflict sides', 'load/upsert-conflict-sides', rowBatches([source.conflicts], conflictSideRows, batchSize)),
    step(
      'claim links',
      'load/link-claim-conflicts',
      rowBatches([claimLinks], (link) => link, batchSize),
    ),
  ];
}

function datedProps(prefix: string, date: { value: string; precision: string; year: number | null } | null) {
  return {
    [prefix]: date?.value ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
    [`${prefix}Year`]: date?.year ?? null,
  };
}

export interface LoadSummary {
  loadId: string;
  rows: Record<string, number>;
  transactions: number;
  /** The database was empty: items were created, not merged, and there was nothing stale to remove. */
  firstLoad: boolean;
}

export async function loadDatasetIntoNeo4j(
  driver: Driver,
  dataset: Dataset,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const totals: Record<string, number> = {
    documents: dataset.documents.length,
    'source lines': (dataset.texts ?? []).reduce((n, text) => n + text.lines.length, 0),
    entities: dataset.entities.length,
    relations: dataset.relations.length,
    claims: dataset.claims.length,
    conflicts: dataset.conflicts.length,
    'conflict sides': dataset.conflicts.reduce((n, x) => n + x.sides.length, 0),
    'claim links': dataset.claims.filter((c) => c.conflictsWith.length > 0).length,
  };
  const totalRows = Object.values(totals).reduce((n, rows) => n + rows, 0);
  const source: DatasetStream = {
    ...dataset,
    entities: [dataset.entities],
    relations: [dataset.relations],
    claims: [dataset.claims],
  };
  if (totalRows > (options.singleTransactionLimit ?? 50_000)) return loadInBatches(driver, source, options, totals);

  const batchSize = options.batchSize ?? 1000;
  const loadId = randomUUID();
  const summary: LoadSummary = { loadId, rows: {}, transactions: 1, firstLoad: false };
  const session = driver.session({ database: options.database });
  try {
    await session.executeWrite(async (tx) => {
      // Built inside the transaction function: a retried transaction starts the steps afresh.
      summary.firstLoad = await graphIsEmpty(tx);
      for (const step of steps(source, batchSize, summary.firstLoad, totals))
        await writeStep(step, summary, options, (rows) => runBatch(tx, step, rows, loadId));
      if (!summary.firstLoad) await deleteStale(tx, loadId);
      await reconcileAfterSeedLoad(tx);
    });
  } finally {
    await session.close();
  }
  return summary;
}

/**
 * Loads a dataset that comes in batches, one transaction per batch, holding one batch in memory
 * at a time (plus the few claims that take part in conflicts).
 */
export function loadStreamIntoNeo4j(
  driver: Driver,
  source: DatasetStream,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  return loadInBatches(driver, source, options);
}

async function loadInBatches(
  driver: Driver,
  source: DatasetStream,
  options: LoadOptions,
  totals?: Record<string, number>,
): Promise<LoadSummary> {
  const loadId = randomUUID();
  const summary: LoadSummary = { loadId, rows: {}, transactions: 0, firstLoad: false };
  const inSession = async <T>(work: (session: Session) => Promise<T>): Promise<T> => {
    const session = driver.session({ database: options.database });
    try {
      return await work(session);
    } finally {
      await session.close();
    }
  };
  // An interrupted first load leaves the database non-empty: its next run merges and cleans up.
  summary.firstLoad = await inSession((session) => session.executeRead(graphIsEmpty));
  const [documents, sourceLines, entities, relations, claims, conflicts, conflictSides, claimLinks] = steps(
    source,
    options.batchSize ?? 1000,
    summary.firstLoad,
    totals,
  );
  let failed = false;
  /** Steps one after another in a session of their own, a transaction per batch; stops when another lane failed. */
  const lane = (laneSteps: Step[]) =>
    inSession(async (session) => {
      try {
        for (const step of laneSteps)
          await writeStep(
            step,
            summary,
            options,
            async (rows) => {
              await session.executeWrite((tx) => runBatch(tx, step, rows, loadId));
              summary.transactions++;
            },
            () => failed,
          );
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  await lane([documents!, sourceLines!]);
  // Claims cite documents only, so their transactions never wait for the entity locks that
  // relations take: both go at once, and Neo4j works on two cores where it would use one.
  const [structure, citations] = await Promise.allSettled([lane([entities!, relations!]), lane([claims!])]);
  for (const result of [structure, citations]) if (result.status === 'rejected') throw result.reason;
  await lane([conflicts!, conflictSides!, claimLinks!]);
  // Nothing can be stale in a database that was empty.
  if (!summary.firstLoad) {
    await inSession((session) => session.executeWrite((tx) => deleteStale(tx, loadId)));
    summary.transactions++;
  }
  await inSession((session) => session.executeWrite(reconcileAfterSeedLoad));
  summary.transactions++;
  return summary;
}

/** A step's batches through `write`, with progress (0 rows as it starts); ends early once `stopped` says so. */
async function writeStep(
  step: Step,
  summary: LoadSummary,
  options: LoadOptions,
  write: (rows: Row[]) => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<void> {
  let done = 0;
  options.onProgress?.(step.name, done, step.total);
  for await (const rows of step.batches) {
    if (stopped()) return;
    await write(rows);
    done += rows.length;
    options.onProgress?.(step.name, done, step.total);
  }
  summary.rows[step.name] = done;
}

async function runBatch(tx: ManagedTransaction, step: Step, rows: Row[], loadId: string): Promise<void> {
  await tx.run(step.query, cypherParams({ rows, loadId }));
}

async function graphIsEmpty(tx: ManagedTransaction): Promise<boolean> {
  const [record] = (await tx.run(cypher('load/graph-is-empty'))).records;
  return record?.get('empty') === true;
}

async function deleteStale(tx: ManagedTransaction, loadId: string): Promise<void> {
  await tx.run(cypher('load/delete-stale'), { loadId });
}
