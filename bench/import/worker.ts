/**
 * One import, in its own process so that its peak memory is its own: the project's loader
 * (streamed batches) or the baseline (plain UNWIND … CREATE of the same rows), into the Neo4j
 * at the given URI, whose schema is applied and which holds nothing yet.
 *
 * Usage: tsx bench/import/worker.ts '{"mode":"loader"|"baseline","size":"S"|"M","uri":"bolt://…","batchSize":1000}'
 */
import type { Driver } from 'neo4j-driver';
import { cypherParams } from '../../server/src/db/params.js';
import { createDriver } from '../../server/src/neo4j/driver.js';
import { entityRow, loadStreamIntoNeo4j, relationRow, type Batches } from '../../server/src/seed/load.js';
import { benchCypher } from '../lib/cypher.js';
import { procCpuMs, procMemory, reportResult } from '../lib/child.js';
import { syntheticGraph, type BenchSize } from '../generate.js';

export interface ImportJob {
  mode: 'loader' | 'baseline';
  size: BenchSize;
  uri: string;
  /** The database's process, whose CPU time counts with the importer's own. */
  neo4jPid: number;
  batchSize: number;
}

export interface StepTiming {
  rows: number;
  ms: number;
}

export interface ImportResult {
  mode: ImportJob['mode'];
  steps: Record<string, StepTiming>;
  /** Relations per second in each tenth of the relations step (its median is the figure). */
  relationSegments: number[];
  totalMs: number;
  /** CPU time of the importer and the database together over the whole import: robust against other work on the machine. */
  cpuMs: number;
  peakRssBytes: number;
}

/**
 * Times steps, which may overlap (the loader writes claims alongside entities and relations), and
 * tenths of the relations step, from the progress events: a step starts with its event for 0 rows.
 */
class Stopwatch {
  readonly steps: Record<string, StepTiming> = {};
  readonly relationSegments: number[] = [];
  private readonly startedAt = new Map<string, number>();
  private segment = { rows: 0, startedAt: 0 };

  constructor(private readonly relationsPerSegment: number) {}

  progress(name: string, done: number): void {
    const now = performance.now();
    if (done === 0) {
      this.startedAt.set(name, now);
      if (name === 'relations') this.segment = { rows: 0, startedAt: now };
      return;
    }
    this.steps[name] = { rows: done, ms: now - this.startedAt.get(name)! };
    if (name === 'relations' && done - this.segment.rows >= this.relationsPerSegment) {
      const perSecond = ((done - this.segment.rows) * 1000) / (now - this.segment.startedAt);
      this.relationSegments.push(perSecond);
      this.segment = { rows: done, startedAt: now };
      process.stderr.write(`${done} relations, ${perSecond.toFixed(0)}/s\n`);
    }
  }
}

/** The baseline: each batch of rows in its own transaction, through the same driver, as the loader does. */
async function writeBaseline<T>(
  driver: Driver,
  query: string,
  batches: Batches<T>,
  toRow: (item: T) => Record<string, unknown>,
  onBatch: (done: number) => void,
): Promise<void> {
  const session = driver.session();
  let done = 0;
  onBatch(done);
  try {
    for await (const items of batches) {
      const rows = items.map(toRow);
      await session.executeWrite((tx) => tx.run(query, cypherParams({ rows })));
      done += rows.length;
      onBatch(done);
    }
  } finally {
    await session.close();
  }
}

async function main(job: ImportJob): Promise<ImportResult> {
  const graph = syntheticGraph(job.size);
  const driver = createDriver({ uri: job.uri });
  const watch = new Stopwatch(Math.ceil(graph.relationCount / 10));
  const cpuMs = () => procCpuMs('self') + procCpuMs(job.neo4jPid);
  const cpuAtStart = cpuMs();
  const startedAt = performance.now();
  try {
    if (job.mode === 'loader') {
      await loadStreamIntoNeo4j(
        driver,
        {
          documents: graph.documents,
          entities: graph.entityBatches(job.batchSize),
          relations: graph.relationBatches(job.batchSize),
          claims: graph.claimBatches(job.batchSize),
          conflicts: graph.conflicts(),
        },
        { batchSize: job.batchSize, onProgress: (step, done) => watch.progress(step, done) },
      );
    } else {
      await writeBaseline(
        driver,
        benchCypher('baseline-entities'),
        graph.entityBatches(job.batchSize),
        entityRow,
        (n) => watch.progress('entities', n),
      );
      await writeBaseline(
        driver,
        benchCypher('baseline-relations'),
        graph.relationBatches(job.batchSize),
        relationRow,
        (n) => watch.progress('relations', n),
      );
    }
  } finally {
    await driver.close();
  }
  return {
    mode: job.mode,
    steps: watch.steps,
    relationSegments: watch.relationSegments,
    totalMs: performance.now() - startedAt,
    cpuMs: cpuMs() - cpuAtStart,
    peakRssBytes: procMemory('self', 'VmHWM'),
  };
}

reportResult(await main(JSON.parse(process.argv[2] ?? '{}') as ImportJob));
