/**
 * CPU per request for the web app's own operations on the seed: the API process's and Neo4j's
 * CPU ticks (/proc/<pid>/stat) over a run of sequential requests, divided by the requests. On a
 * shared 2-core machine the wall clock moves with everyone else's work; CPU ticks do not. Also
 * prints sequential medians and autocannon at 16 connections, cold (the response cache off:
 * RESPONSE_CACHE_MB=0) and warm (the cache on, the same request repeated).
 *
 * Usage: tsx bench/api/cpuPerRequest.ts [--requests 200] [--seconds 10] [--out results.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { operationDocuments } from '../../web/src/api/document.js';
import { procCpuMs } from '../lib/child.js';
import { startBenchNeo4j } from '../lib/neo4j.js';
import { median, percentile, round } from '../lib/stats.js';
import { startApp, type RunningApp } from './apiBench.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WEB_OPERATIONS = path.resolve(HERE, '../../web/src/api/operations.graphql');

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
  mode: 'cold' | 'warm';
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
}

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '10' },
    out: { type: 'string' },
  },
});
const REQUESTS = Number(args.requests);
const SECONDS = Number(args.seconds);
const WARMUP = 30;

const documents = operationDocuments(readFileSync(WEB_OPERATIONS, 'utf8'));
const bodyOf = (c: Case) =>
  JSON.stringify({ operationName: c.operationName, query: documents.get(c.operationName), variables: c.variables });

async function post(url: string, body: string): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 200 || text.includes('"errors":'))
    throw new Error(`answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

async function measure(app: RunningApp, neo4jPid: number, mode: Figures['mode'], c: Case): Promise<Figures> {
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const body = bodyOf(c);
  const answer = await post(url, body);
  for (let i = 0; i < WARMUP; i++) await post(url, body);
  const latencies: number[] = [];
  const apiBefore = procCpuMs(app.pid);
  const neo4jBefore = procCpuMs(neo4jPid);
  for (let i = 0; i < REQUESTS; i++) {
    const sentAt = performance.now();
    await post(url, body);
    latencies.push(performance.now() - sentAt);
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
    bytes: Buffer.byteLength(answer),
    sequentialMedianMs: round(median(latencies), 1),
    sequentialP90Ms: round(percentile(latencies, 90), 1),
    apiCpuMsPerRequest: round(api, 2),
    neo4jCpuMsPerRequest: round(neo4j, 2),
    totalCpuMsPerRequest: round(api + neo4j, 2),
    c16RequestsPerSecond: round(load.requests.total / Math.max(load.duration, 0.001), 0),
    c16P99Ms: load.latency.p99,
    c16Errors: load.non2xx + load.errors + load.timeouts + graphqlErrors,
  };
}

const log = (msg: string) => process.stderr.write(`${msg}\n`);
const neo4j = await startBenchNeo4j();
const results: Figures[] = [];
try {
  for (const [i, mode] of (['cold', 'warm'] as const).entries()) {
    // The cache's size comes from the environment the app process inherits; 0 turns it off.
    if (mode === 'cold') process.env.RESPONSE_CACHE_MB = '0';
    else delete process.env.RESPONSE_CACHE_MB;
    const app = await startApp(neo4j.uri, i === 0 ? 'always' : 'never', `app ${mode}`);
    try {
      for (const c of CASES) {
        const figures = await measure(app, neo4j.pid, mode, c);
        log(JSON.stringify(figures));
        results.push(figures);
      }
    } finally {
      await app.stop();
    }
  }
} finally {
  await neo4j.stop();
}

const header =
  '| mode | operation | bytes | seq. median ms | API CPU ms/req | Neo4j CPU ms/req | total CPU ms/req | c16 req/s | c16 p99 ms | errors |';
const rows = results.map(
  (f) =>
    `| ${f.mode} | ${f.case} | ${f.bytes} | ${f.sequentialMedianMs} | ${f.apiCpuMsPerRequest} | ${f.neo4jCpuMsPerRequest} | ` +
    `${f.totalCpuMsPerRequest} | ${f.c16RequestsPerSecond} | ${f.c16P99Ms} | ${f.c16Errors} |`,
);
process.stdout.write(`${[header, `|${' --- |'.repeat(10)}`, ...rows].join('\n')}\n`);
if (args.out) writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
