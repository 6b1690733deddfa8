/**
 * Writes a validated dataset to Neo4j with batched, parameterised UNWIND … MERGE.
 *
 * Idempotent: every item is merged by its stable id and stamped with this load's id; whatever an
 * earlier load wrote and this one did not is deleted at the end. Atomic: a data set that fits in
 * one transaction (the seed does, by far) is written in one, so a failure leaves the previous data
 * untouched; a larger one is written batch by batch, and an interrupted load is completed by the
 * next run (merges are idempotent and the stale clean-up only runs after the last batch).
 */
import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher, cypherStatements } from '../db/cypherFiles.js';
import { cypherParams } from '../db/params.js';
import { isEntityKind, isRelationType } from '../domain/vocabulary.js';
import type { Dataset } from './model.js';

export interface LoadOptions {
  database?: string;
  batchSize?: number;
  /** Above this many rows the load is split into one transaction per batch. */
  singleTransactionLimit?: number;
  onProgress?: (step: string, done: number, total: number) => void;
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

type Step = { name: string; query: string; rows: Record<string, unknown>[] };

function steps(dataset: Dataset): Step[] {
  return [
    { name: 'documents', query: cypher('load/upsert-documents'), rows: dataset.documents.map((d) => ({ ...d })) },
    {
      name: 'entities',
      query: cypher('load/upsert-entities'),
      rows: dataset.entities.map((e) => {
        if (!isEntityKind(e.kind)) throw new Error(`entity ${e.id}: kind "${e.kind}" is not in the vocabulary`);
        return {
          id: e.id,
          kind: e.kind,
          props: {
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
      }),
    },
    {
      name: 'relations',
      query: cypher('load/upsert-relations'),
      rows: dataset.relations.map((r) => {
        if (!isRelationType(r.type)) throw new Error(`relation ${r.id}: type "${r.type}" is not in the vocabulary`);
        return {
          id: r.id,
          type: r.type,
          from: r.from,
          to: r.to,
          props: { role: r.role, roleJa: r.roleJa, ...datedProps('since', r.since), ...datedProps('until', r.until) },
        };
      }),
    },
    {
      name: 'claims',
      query: cypher('load/upsert-claims'),
      rows: dataset.claims.map((c) => ({
        id: c.id,
        doc: c.doc,
        props: {
          subjectId: c.subjectId,
          subjectKind: c.subjectKind,
          lineStart: c.lineStart,
          lineEnd: c.lineEnd,
          note: c.note,
          noteJa: c.noteJa,
          since: c.since,
          until: c.until,
        },
      })),
    },
    {
      name: 'conflicts',
      query: cypher('load/upsert-conflicts'),
      rows: dataset.conflicts.map((x) => ({
        id: x.id,
        props: { kind: x.kind, topic: x.topic, topicJa: x.topicJa, subjectId: x.subjectId, field: x.field },
        claimIds: dataset.claims.filter((c) => c.conflictIds.includes(x.id)).map((c) => c.id),
      })),
    },
    {
      name: 'claim links',
      query: cypher('load/link-claim-conflicts'),
      rows: dataset.claims.filter((c) => c.conflictsWith.length > 0).map((c) => ({ id: c.id, conflictsWith: c.conflictsWith })),
    },
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
}

export async function loadDatasetIntoNeo4j(driver: Driver, dataset: Dataset, options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? 1000;
  const loadId = randomUUID();
  const plan = steps(dataset);
  const totalRows = plan.reduce((n, s) => n + s.rows.length, 0);
  const single = totalRows <= (options.singleTransactionLimit ?? 50_000);
  const session = driver.session({ database: options.database });
  const summary: LoadSummary = { loadId, rows: {}, transactions: 0 };

  const runStep = async (tx: ManagedTransaction, step: Step, from: number) => {
    await tx.run(step.query, cypherParams({ rows: step.rows.slice(from, from + batchSize), loadId }));
  };
  const deleteStale = async (tx: ManagedTransaction) => {
    await tx.run(cypher('load/delete-stale'), { loadId });
  };

  try {
    if (single) {
      await session.executeWrite(async (tx) => {
        for (const step of plan)
          for (let i = 0; i < step.rows.length; i += batchSize) {
            await runStep(tx, step, i);
            options.onProgress?.(step.name, Math.min(i + batchSize, step.rows.length), step.rows.length);
          }
        await deleteStale(tx);
      });
      summary.transactions = 1;
    } else {
      for (const step of plan)
        for (let i = 0; i < step.rows.length; i += batchSize) {
          await session.executeWrite((tx) => runStep(tx, step, i));
          summary.transactions++;
          options.onProgress?.(step.name, Math.min(i + batchSize, step.rows.length), step.rows.length);
        }
      await session.executeWrite(deleteStale);
      summary.transactions++;
    }
  } finally {
    await session.close();
  }
  for (const step of plan) summary.rows[step.name] = step.rows.length;
  return summary;
}
