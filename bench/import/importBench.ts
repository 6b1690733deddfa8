/**
 * Import: the project's loader against the plainest batched UNWIND … CREATE of the same rows,
 * each in a child process (for its peak memory) writing into the same fresh database state:
 * schema applied, nothing loaded.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchSize } from '../generate.js';
import { benchCypher } from '../lib/cypher.js';
import { runTsChild } from '../lib/child.js';
import { median } from '../lib/stats.js';
import { startBenchNeo4j, type BenchNeo4j } from '../lib/neo4j.js';
import type { ImportJob, ImportResult } from './worker.js';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts');
const BATCH_SIZE = 1000;

export interface ImportSide {
  /** Relations step, relations per second: median over runs of each run's whole step. */
  relationsPerSecond: number;
  /** Median over the tenths of the relations step, all runs together. */
  relationsPerSecondSegmentMedian: number;
  /** Rows of all steps per second of CPU time (importer + database), median over runs: what noise does not skew. */
  rowsPerCpuSecond: number;
  entitiesPerSecond: number;
  peakRssBytes: number;
  totalSeconds: number;
  runs: ImportResult[];
}

export interface ImportSectionResult {
  size: BenchSize;
  batchSize: number;
  loader: ImportSide;
  baseline: ImportSide;
}

function summarise(runs: ImportResult[]): ImportSide {
  const perSecond = (r: ImportResult, step: string) => (r.steps[step]!.rows * 1000) / r.steps[step]!.ms;
  return {
    relationsPerSecond: median(runs.map((r) => perSecond(r, 'relations'))),
    relationsPerSecondSegmentMedian: median(runs.flatMap((r) => r.relationSegments)),
    rowsPerCpuSecond: median(
      runs.map((r) => (Object.values(r.steps).reduce((n, step) => n + step.rows, 0) * 1000) / r.cpuMs),
    ),
    entitiesPerSecond: median(runs.map((r) => perSecond(r, 'entities'))),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
    totalSeconds: median(runs.map((r) => r.totalMs / 1000)),
    runs,
  };
}

async function runImport(job: ImportJob): Promise<ImportResult> {
  return runTsChild<ImportResult>(WORKER, [JSON.stringify(job)], { label: `import ${job.size} ${job.mode}` }).result;
}

/**
 * Runs both sides `runs` times, alternating which goes first. Small sizes share one database,
 * emptied between runs; large ones get a fresh database per run (emptying would take longer).
 * The database of the last loader run is handed back, loaded, for the API benchmark.
 */
export async function runImportBench(
  size: BenchSize,
  runs: number,
  log: (msg: string) => void,
): Promise<{ result: ImportSectionResult; loaded: BenchNeo4j }> {
  const fresh = size !== 'S';
  const sides: Record<ImportJob['mode'], ImportResult[]> = { loader: [], baseline: [] };
  let shared: BenchNeo4j | null = fresh ? null : await startBenchNeo4j();
  let loaded: BenchNeo4j | null = null;
  try {
    for (let run = 0; run < runs; run++) {
      // The last run ends with the loader, whose data the API benchmark uses.
      const loaderFirst = run % 2 === 1 && run < runs - 1;
      const order: ImportJob['mode'][] = loaderFirst ? ['loader', 'baseline'] : ['baseline', 'loader'];
      for (const mode of order) {
        const neo4j = shared ?? (await startBenchNeo4j());
        if (shared) await neo4j.write(benchCypher('wipe'));
        const result = await runImport({ mode, size, uri: neo4j.uri, neo4jPid: neo4j.pid, batchSize: BATCH_SIZE });
        sides[mode].push(result);
        const relations = result.steps.relations!;
        log(
          `import ${size} ${mode} run ${run + 1}/${runs}: ${relations.rows} relations in ${(relations.ms / 1000).toFixed(1)} s ` +
            `(${((relations.rows * 1000) / relations.ms).toFixed(0)}/s), total ${(result.totalMs / 1000).toFixed(1)} s, ` +
            `peak RSS ${(result.peakRssBytes / 2 ** 20).toFixed(0)} MiB`,
        );
        if (mode === 'loader' && run === runs - 1) {
          await loaded?.stop();
          loaded = neo4j;
          if (shared) shared = null;
        } else if (!shared) await neo4j.stop();
      }
    }
  } finally {
    await shared?.stop();
  }
  return {
    result: { size, batchSize: BATCH_SIZE, loader: summarise(sides.loader), baseline: summarise(sides.baseline) },
    loaded: loaded!,
  };
}
