/**
 * `npm run bench`: API under load and front end (and, asked for, the import), each figure beside a
 * baseline measured in the same run. Writes bench/results/latest.json and latest.md.
 *
 *   npm run bench                          API on the seed and M, browser (about 15 minutes)
 *   npm run bench -- --only import,api     some sections (the import of M alone takes about 7 minutes)
 *   npm run bench -- --size S              the small synthetic graph instead (fast, for development)
 *   npm run bench -- --size S,M            both
 */
import { parseArgs } from 'node:util';
import { loadStreamIntoNeo4j } from '../server/src/seed/load.js';
import { SEED_DIR, SOURCES_DIR } from '../server/src/seed/paths.js';
import { loadDataset } from '../server/src/seed/validate.js';
import { runApiBench, startApp, type ApiResult } from './api/apiBench.js';
import { seedScenarios, syntheticScenarios } from './api/scenarios.js';
import { buildWebApp, runBrowserBench, type BrowserResult } from './browser/browserBench.js';
import { SEED_APP_SCENARIOS } from './browser/seedAppScenarios.js';
import { SIZES, syntheticGraph, type BenchSize } from './generate.js';
import { runImportBench, type ImportSectionResult } from './import/importBench.js';
import { stopChildren } from './lib/child.js';
import { startBenchNeo4j, type BenchNeo4j } from './lib/neo4j.js';
import { machineInfo, readLoadAverage, writeReport, type SectionLoad } from './report.js';

const SECTIONS = ['import', 'api', 'browser'] as const;
type Section = (typeof SECTIONS)[number];
/** The import bench is asked for by name: with it the run would not fit in 15 minutes. */
const DEFAULT_SECTIONS: Section[] = ['api', 'browser'];

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

function parseOptions() {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      size: { type: 'string' },
    },
  });
  const sections = (values.only?.split(',') ?? DEFAULT_SECTIONS).map((s) => s.trim());
  for (const s of sections)
    if (!(SECTIONS as readonly string[]).includes(s))
      throw new Error(`--only: unknown section "${s}" (${SECTIONS.join(', ')})`);
  // M is what the targets are about; S is for trying the harness quickly.
  const sizes = (values.size?.split(',') ?? ['M']).map((s) => s.trim().toUpperCase());
  for (const s of sizes)
    if (!(s in SIZES)) throw new Error(`--size: unknown size "${s}" (${Object.keys(SIZES).join(', ')})`);
  return { sections: sections as Section[], sizes: sizes as BenchSize[] };
}

/** A database holding the synthetic graph of the size: the import's, or loaded here with the project's loader. */
async function loadedDatabase(size: BenchSize, fromImport: BenchNeo4j | null): Promise<BenchNeo4j> {
  if (fromImport) return fromImport;
  log(`loading the ${size} graph for the API benchmark`);
  const neo4j = await startBenchNeo4j();
  const graph = syntheticGraph(size);
  await loadStreamIntoNeo4j(neo4j.driver, {
    documents: graph.documents,
    entities: graph.entityBatches(1000),
    relations: graph.relationBatches(1000),
    claims: graph.claimBatches(1000),
    conflicts: graph.conflicts(),
  });
  return neo4j;
}

async function main() {
  const startedAt = Date.now();
  const { sections, sizes } = parseOptions();
  const largest = sizes.at(-1)!;
  const imports: ImportSectionResult[] = [];
  const api: ApiResult[] = [];
  let browser: BrowserResult | null = null;
  let neo4jVersion: string | null = null;
  // Widened: TypeScript does not see the sections' closures assign it.
  let loaded = null as BenchNeo4j | null;
  let seedDb: BenchNeo4j | null = null;
  const failures: string[] = [];
  /** The machine is shared: the load average at the start and end of each section goes in the report. */
  const loads: SectionLoad[] = [];
  /** Runs a section; a failure is recorded and named in the report, and the next section still runs. */
  const section = async (name: string, body: () => Promise<void>) => {
    const load: SectionLoad = { section: name, startedAt: new Date().toISOString(), start: readLoadAverage() };
    loads.push(load);
    log(`${name}: load average ${load.start.join(' ')}`);
    try {
      await body();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${name}: ${message}`);
      log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : message}`);
    } finally {
      load.endedAt = new Date().toISOString();
      load.end = readLoadAverage();
      log(`${name}: done, load average ${load.end.join(' ')}`);
    }
  };
  // Thirty scenario × connection cells, each against two apps (cold, warm) and two floors: short
  // rounds keep the whole run within 15 minutes on two cores (loading M alone takes about four).
  const apiOptions = { connections: [1, 16, 64], warmupSeconds: 0.5, durationSeconds: 1, rounds: 2 };

  const report = async (ended: string | null) => {
    const paths = await writeReport({
      machine: await machineInfo(neo4jVersion),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      date: new Date().toISOString(),
      wallSeconds: Math.round((Date.now() - startedAt) / 1000),
      sections,
      sizes,
      apiOptions,
      imports,
      api,
      browser,
      loads,
      failure: ended,
    });
    log(`done in ${Math.round((Date.now() - startedAt) / 1000)} s: ${paths.join(', ')}`);
  };
  // Stopped (a time limit, Ctrl-C): what was measured so far is still written, and the databases
  // and servers this run started are stopped.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`stopped by ${signal}`);
    stopChildren();
    void Promise.allSettled([loaded?.stop(), seedDb?.stop()])
      .then(() => report(`stopped by ${signal} after ${Math.round((Date.now() - startedAt) / 1000)} s`))
      .finally(() => process.exit(1));
  };
  // Listening (not once): the local Neo4j's own handler re-raises the signal when no one else listens.
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  try {
    if (sections.includes('import'))
      for (const size of sizes)
        await section(`import ${size}`, async () => {
          const { result, loaded: db } = await runImportBench(size, size === 'S' ? 3 : 1, log);
          imports.push(result);
          neo4jVersion = db.version;
          if (size === largest) loaded = db;
          else await db.stop();
        });

    if (sections.includes('api') || sections.includes('browser')) {
      seedDb = await startBenchNeo4j();
      neo4jVersion = seedDb.version;
    }
    // The browser first: it needs only the seed, and the API's M graph takes minutes to load.
    if (sections.includes('browser'))
      await section('browser', async () => {
        log('browser: building the web app');
        await buildWebApp();
        const app = await startApp(seedDb!.uri, 'always', 'app seed (browser)');
        try {
          browser = await runBrowserBench(
            syntheticGraph('M'),
            `http://127.0.0.1:${app.port}/`,
            { runs: 5, layoutRuns: 1, panZoomMs: 2000 },
            log,
            SEED_APP_SCENARIOS,
          );
        } finally {
          await app.stop();
        }
      });
    if (sections.includes('api')) {
      const seed = loadDataset(SEED_DIR, { sourcesDir: SOURCES_DIR }).dataset;
      await section('api seed', async () => {
        api.push(await runApiBench('seed', seedDb!.uri, 'always', seedScenarios(seed), apiOptions, log));
      });
      await section(`api ${largest}`, async () => {
        loaded = await loadedDatabase(largest, loaded);
        const scenarios = syntheticScenarios(syntheticGraph(largest));
        api.push(await runApiBench(largest, loaded.uri, 'never', scenarios, apiOptions, log));
      });
    }
  } catch (error) {
    // Whatever was measured before the failure is still written, with the failure named.
    failures.push(error instanceof Error ? error.message : String(error));
    log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    await loaded?.stop();
    await seedDb?.stop();
  }
  await report(failures.length === 0 ? null : failures.join('; '));
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
