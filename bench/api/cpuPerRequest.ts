/**
 * CPU per request for the web app's own operations on the seed: the API process's and Neo4j's
 * CPU ticks (/proc/<pid>/stat) over a run of sequential requests, divided by the requests. On a
 * shared 2-core machine the wall clock moves with everyone else's work; CPU ticks do not. Also
 * prints sequential medians and autocannon at 16 connections, cold (the response cache off:
 * RESPONSE_CACHE_MB=0) and warm (the cache on, the same request repeated), and, with --baseline,
 * the same for the app of another checkout (e.g. main's, `git archive main | tar -x -C dir` with
 * node_modules linked), on the same database, measured in turn with ours. Each app is sent its
 * own checkout's web operations (web/src/api/*.graphql): what that app's UI asks, so that a
 * branch that changes what the UI asks is measured with its new operations and the baseline with
 * its old ones.
 *
 * Usage: tsx bench/api/cpuPerRequest.ts [--requests 150] [--seconds 8] [--rounds 2] [--baseline dir] [--out file.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { operationDocuments } from '../../web/src/api/document.js';
import { procCpuMs, procMemory, runTsChild } from '../lib/child.js';
import { startBenchNeo4j } from '../lib/neo4j.js';
import { median, mib, percentile, round } from '../lib/stats.js';
import type { RunningApp } from './apiBench.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
/** The web app's operation files, as the client reads them (client.ts); older checkouts lack the second. */
const WEB_OPERATION_FILES = ['web/src/api/operations.graphql', 'web/src/api/evidence.graphql'];

interface Case {
  name: string;
  operationName: string;
  variables: Record<string, unknown>;
}

const CASES: Case[] = [
  { name: 'Search "SEATO"', operationName: 'Search', variables: { text: 'SEATO', first: 20 } },
  { name: 'EntityDetails framework:quad', operationName: 'EntityDetails', variables: { id: 'framework:quad' } },
  { name: 'EntityDetails actor:japan', operationName: 'EntityDetails', variables: { id: 'actor:japan' } },
  {
    name: 'Neighborhood actor:japan limit 300',
    operationName: 'Neighborhood',
    variables: { ids: ['actor:japan'], limit: 300 },
  },
];

interface Figures {
  /** baseline: the --baseline checkout's app; cold: this one's with the response cache off; warm: with it on. */
  mode: 'baseline' | 'cold' | 'warm';
  case: string;
  bytes: number;
  sequentialMedianMs: number;
  sequentialP90Ms: number;
  apiCpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number;
  totalCpuMsPerRequest: number;
  c16RequestsPerSecond: number;
  c16P99Ms: number;
  c16Errors: number;
  sequentialErrors: number;
}

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    baseline: { type: 'string' },
    out: { type: 'string' },
  },
});
const REQUESTS = Number(args.requests);
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const WARMUP = 30;

const log = (msg: string) => process.stderr.write(`${msg}\n`);

/** The documents of a checkout's web operations, by operation name. */
function webOperations(root: string): Map<string, string> {
  const files = WEB_OPERATION_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file));
  return operationDocuments(files.map((file) => readFileSync(file, 'utf8')).join('\n'));
}

function bodyOf(documents: ReadonlyMap<string, string>, c: Case): string {
  const query = documents.get(c.operationName);
  if (query === undefined) throw new Error(`the web operations have no ${c.operationName}`);
  return JSON.stringify({ operationName: c.operationName, query, variables: c.variables });
}

/** The answer, or null for an error (on a busy machine a query can run past its timeout). */
async function post(url: string, body: string): Promise<string | null> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status === 200 && !text.includes('"errors":')) return text;
  log(`answered ${response.status}: ${text.slice(0, 200)}`);
  return null;
}

interface MeasuredApp {
  mode: Figures['mode'];
  app: RunningApp;
  /** Its checkout's web operations. */
  documents: ReadonlyMap<string, string>;
}

async function measure({ app, mode, documents }: MeasuredApp, neo4jPid: number, c: Case): Promise<Figures> {
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const body = bodyOf(documents, c);
  let answer: string | null = null;
  for (let i = 0; i < WARMUP; i++) answer = (await post(url, body)) ?? answer;
  const latencies: number[] = [];
  let errors = 0;
  const apiBefore = procCpuMs(app.pid);
  const neo4jBefore = procCpuMs(neo4jPid);
  for (let i = 0; i < REQUESTS; i++) {
    const sentAt = performance.now();
    if ((await post(url, body)) === null) errors++;
    else latencies.push(performance.now() - sentAt);
  }
  const api = (procCpuMs(app.pid) - apiBefore) / REQUESTS;
  const neo4j = (procCpuMs(neo4jPid) - neo4jBefore) / REQUESTS;
  let graphqlErrors = 0;
  const load = await autocannon({
    url,
    connections: 16,
    duration: SECONDS,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        onResponse: (status, text) => {
          if (status === 200 && text.includes('"errors":')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    mode,
    case: c.name,
    bytes: answer === null ? Number.NaN : Buffer.byteLength(answer),
    sequentialMedianMs: round(median(latencies), 1),
    sequentialP90Ms: round(percentile(latencies, 90), 1),
    apiCpuMsPerRequest: round(api, 2),
    neo4jCpuMsPerRequest: round(neo4j, 2),
    totalCpuMsPerRequest: round(api + neo4j, 2),
    c16RequestsPerSecond: round(load.requests.total / Math.max(load.duration, 0.001), 0),
    c16P99Ms: load.latency.p99,
    c16Errors: load.non2xx + load.errors + load.timeouts + graphqlErrors,
    sequentialErrors: errors,
  };
}

/** The real app of a checkout (this one, or --baseline's) in a child process, on a loopback port. */
function startCheckoutApp(root: string, neo4jUri: string, seedOnStart: 'always' | 'never', label: string) {
  const child = runTsChild<unknown>(path.join(root, 'bench/api/appServer.ts'), [neo4jUri, seedOnStart], { label });
  return new Promise<RunningApp>((resolve, reject) => {
    child.onLine((line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready)
        resolve({
          port: Number(ready[1]),
          pid: child.process.pid!,
          stop: async () => {
            child.process.kill('SIGTERM');
            await child.result.catch(() => undefined);
          },
        });
    });
    child.result.catch(reject);
  });
}

/** Medians over the rounds, figure by figure; errors add up. */
function medianOf(rounds: Figures[]): Figures {
  const pick = (f: (r: Figures) => number) => round(median(rounds.map(f)), 2);
  return {
    ...rounds[0]!,
    sequentialMedianMs: pick((r) => r.sequentialMedianMs),
    sequentialP90Ms: pick((r) => r.sequentialP90Ms),
    apiCpuMsPerRequest: pick((r) => r.apiCpuMsPerRequest),
    neo4jCpuMsPerRequest: pick((r) => r.neo4jCpuMsPerRequest),
    totalCpuMsPerRequest: pick((r) => r.totalCpuMsPerRequest),
    c16RequestsPerSecond: pick((r) => r.c16RequestsPerSecond),
    c16P99Ms: pick((r) => r.c16P99Ms),
    c16Errors: rounds.reduce((n, r) => n + r.c16Errors, 0),
    sequentialErrors: rounds.reduce((n, r) => n + r.sequentialErrors, 0),
  };
}

const neo4j = await startBenchNeo4j();
const results: Figures[] = [];
const apps: MeasuredApp[] = [];
const ours = webOperations(REPO);
try {
  // All apps run side by side on one database and are measured in turn, round after round, so
  // that the machine's other work weighs on each alike. The cache's size comes from the
  // environment the app process inherits; 0 turns it off.
  process.env.RESPONSE_CACHE_MB = '0';
  apps.push({ mode: 'cold', app: await startCheckoutApp(REPO, neo4j.uri, 'always', 'app cold'), documents: ours });
  delete process.env.RESPONSE_CACHE_MB;
  apps.push({ mode: 'warm', app: await startCheckoutApp(REPO, neo4j.uri, 'never', 'app warm'), documents: ours });
  if (args.baseline)
    apps.unshift({
      mode: 'baseline',
      app: await startCheckoutApp(args.baseline, neo4j.uri, 'never', 'baseline'),
      documents: webOperations(args.baseline),
    });
  for (const c of CASES) {
    const rounds = new Map<Figures['mode'], Figures[]>(apps.map(({ mode }) => [mode, []]));
    for (let r = 0; r < ROUNDS; r++)
      for (const measured of apps) {
        const figures = await measure(measured, neo4j.pid, c);
        log(JSON.stringify(figures));
        rounds.get(measured.mode)!.push(figures);
      }
    for (const measured of rounds.values()) results.push(medianOf(measured));
  }
  // The warm app's cache after every case: hit rate and size, and the process's memory.
  const warm = apps.find((a) => a.mode === 'warm')!.app;
  const cachez = (await (await fetch(`http://127.0.0.1:${warm.port}/cachez`)).json()) as object;
  log(`warm app: ${JSON.stringify({ ...cachez, rssMiB: mib(procMemory(warm.pid, 'VmRSS')) })}`);
} finally {
  for (const { app } of apps) await app.stop();
  await neo4j.stop();
}

const header =
  '| app | operation | bytes | seq. median ms | API CPU ms/req | Neo4j CPU ms/req | total CPU ms/req | c16 req/s | c16 p99 ms | errors (seq./c16) |';
const rows = results.map(
  (f) =>
    `| ${f.mode} | ${f.case} | ${f.bytes} | ${f.sequentialMedianMs} | ${f.apiCpuMsPerRequest} | ${f.neo4jCpuMsPerRequest} | ` +
    `${f.totalCpuMsPerRequest} | ${f.c16RequestsPerSecond} | ${f.c16P99Ms} | ${f.sequentialErrors}/${f.c16Errors} |`,
);
process.stdout.write(`${[header, `|${' --- |'.repeat(10)}`, ...rows].join('\n')}\n`);
if (args.out) writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
