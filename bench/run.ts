/**
 * `npm run bench`: API under load and front end (and, asked for, the import), each figure beside a
 * baseline measured in the same run. Writes bench/results/latest.json and latest.md.
 *
 *   npm run bench                          API on the seed and M, browser (about 15 minutes)
 *   npm run bench -- --only import,api     some sections (the import of M alone takes about 7 minutes)
 *   npm run bench -- --size S              the small synthetic graph instead (fast, for development)
 *   npm run bench -- --size S,M            both
 *   npm run bench -- --fresh               load the synthetic graph again even if a store of it is kept
 *
 * The API bench's synthetic graph, once loaded, is kept in .data/bench/ (its name a hash of the
 * generator, loader and Cypher) and reused by later runs: loading M takes minutes of the 15.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../server/src/repoRoot.js';
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
import { machineInfo, readLoadAverage, writeReport, type SectionLoad, type StoreUse } from './report.js';

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
      fresh: { type: 'boolean', default: false },
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
  return { sections: sections as Section[], sizes: sizes as BenchSize[], fresh: values.fresh };
}

/** Where loaded synthetic graphs are kept between runs (ignored by git with the rest of .data). */
const STORE_ROOT = path.join(REPO_ROOT, '.data', 'bench');
/** What a loaded store depends on: the generator, the loader and the Cypher (schema, load statements). */
const STORE_INPUTS = ['bench/generate.ts', 'server/src/seed/load.ts', 'cypher'];

function filesUnder(relative: string): string[] {
  const full = path.join(REPO_ROOT, relative);
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

/** The folder of a store of the size loaded by an earlier run from the same inputs, or null (none, or `fresh`). */
function keptStore(size: BenchSize, fresh: boolean): string | null {
  const dir = storeDir(size);
  return !fresh && existsSync(`${dir}.complete`) ? dir : null;
}

/** The kept store's folder for a size: named by a hash of everything the loaded graph depends on. */
function storeDir(size: BenchSize): string {
  const hash = createHash('sha256').update(size);
  for (const file of STORE_INPUTS.flatMap(filesUnder))
    hash.update(file).update(readFileSync(path.join(REPO_ROOT, file)));
  return path.join(STORE_ROOT, `${size}-${hash.digest('hex').slice(0, 16)}`);
}

/**
 * A database holding the synthetic graph of the size: the import's; or a store this machine loaded
 * before from the same generator, loader and Cypher (the API bench only reads it); or loaded here
 * with the project's loader (M takes minutes) and kept for the next run (`--fresh` skips a kept one).
 */
async function loadedDatabase(
  size: BenchSize,
  fromImport: BenchNeo4j | null,
  kept: BenchNeo4j | null,
): Promise<{ db: BenchNeo4j; store: StoreUse }> {
  if (fromImport) return { db: fromImport, store: { size, how: 'import', seconds: null, dir: null } };
  const dir = storeDir(size);
  if (kept) return { db: kept, store: { size, how: 'reused', seconds: null, dir } };
  const complete = `${dir}.complete`;
  // Stores of older inputs (and a load that never finished) are of no further use.
  for (const name of existsSync(STORE_ROOT) ? readdirSync(STORE_ROOT) : [])
    if (name.startsWith(`${size}-`)) rmSync(path.join(STORE_ROOT, name), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`loading the ${size} graph for the API benchmark (kept in ${dir})`);
  const startedAt = Date.now();
  const neo4j = await startBenchNeo4j(dir);
  const graph = syntheticGraph(size);
  await loadStreamIntoNeo4j(neo4j.driver, {
    documents: graph.documents,
    entities: graph.entityBatches(1000),
    relations: graph.relationBatches(1000),
    claims: graph.claimBatches(1000),
    conflicts: graph.conflicts(),
  });
  writeFileSync(complete, `${new Date().toISOString()}\n`);
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  log(`the ${size} graph loaded in ${seconds} s`);
  return { db: neo4j, store: { size, how: 'loaded', seconds, dir } };
}

async function main() {
  const startedAt = Date.now();
  const { sections, sizes, fresh } = parseOptions();
  const stores: StoreUse[] = [];
  const largest = sizes.at(-1)!;
  const imports: ImportSectionResult[] = [];
  const api: ApiResult[] = [];
  let browser: BrowserResult | null = null;
  let neo4jVersion: string | null = null;
  // Widened: TypeScript does not see the sections' closures assign it.
  let loaded = null as BenchNeo4j | null;
  let seedDb: BenchNeo4j | null = null;
  /** The kept store of the API's synthetic graph, started early; `loaded` once its section takes it. */
  let kept = null as BenchNeo4j | null;
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
      stores,
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
    void Promise.allSettled([loaded?.stop(), seedDb?.stop(), kept?.stop()])
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

    // What measures nothing runs side by side: the seed's database, the kept store of the API's
    // synthetic graph (idle until its section), and the web app's build (before the app starts: the
    // server serves the explorer only if web/dist exists when it starts).
    if (sections.includes('api') || sections.includes('browser')) {
      const keptDir = sections.includes('api') && loaded === null ? keptStore(largest, fresh) : null;
      if (keptDir !== null) log(`the ${largest} graph: reusing the store an earlier run loaded (${keptDir})`);
      if (sections.includes('browser')) log('browser: building the web app');
      const [seedStarted, keptStarted] = await Promise.all([
        startBenchNeo4j(),
        keptDir === null ? null : startBenchNeo4j(keptDir),
        sections.includes('browser') ? buildWebApp() : null,
      ]);
      seedDb = seedStarted;
      kept = keptStarted;
      neo4jVersion = seedDb.version;
    }
    // The browser first: it needs only the seed, and the API's M graph takes minutes to load.
    if (sections.includes('browser'))
      await section('browser', async () => {
        const app = await startApp(seedDb!.uri, 'always', 'app seed (browser)');
        try {
          browser = await runBrowserBench(
            syntheticGraph('M'),
            `http://127.0.0.1:${app.port}/`,
            { runs: 3, layoutRuns: 1, panZoomMs: 2000 },
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
        const { db, store } = await loadedDatabase(largest, loaded, kept);
        loaded = db;
        kept = null;
        stores.push(store);
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
    await Promise.all([loaded?.stop(), seedDb?.stop(), kept?.stop()]);
  }
  await report(failures.length === 0 ? null : failures.join('; '));
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
