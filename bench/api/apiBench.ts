/**
 * The API under load: the real app (startAtlas in a child process) against its two floors, the
 * bare-HTTP one (same bytes, no work) and the database one (same Cypher, no GraphQL), with
 * autocannon at fixed connection counts and durations, rounds interleaved so noise hits them all.
 * The app runs twice: cold, with its response cache off (RESPONSE_CACHE_MB=0), and warm, with it
 * on and the same requests repeated; an app without a cache answers both alike.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { operationDocuments } from '../../web/src/api/document.js';
import { procMemory, runTsChild, type TsChild } from '../lib/child.js';
import { median } from '../lib/stats.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const WEB_OPERATIONS = path.resolve(HERE, '../../web/src/api/operations.graphql');
const BENCH_OPERATIONS = path.join(HERE, 'operations.graphql');

export type OperationName = 'Search' | 'EntityDetails' | 'Neighborhood' | 'BenchNeighborhood' | 'Trace';

export interface Scenario {
  name: string;
  operation: OperationName;
  /** Rotated through by every connection, the same sequence for the app and its floors. */
  variables: Record<string, unknown>[];
  /** False: asked only one request at a time (the sequential figures), not under load. */
  underLoad?: boolean;
}

export interface ApiOptions {
  connections: number[];
  warmupSeconds: number;
  durationSeconds: number;
  rounds: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Non-2xx answers, socket errors, timeouts, and 200s carrying GraphQL errors. */
  errors: number;
}

export type Temperature = 'cold' | 'warm';

export interface ScenarioResult {
  scenario: string;
  operation: OperationName;
  connections: number;
  /** How the rounds ran: timed, or (for a slow scenario) a number of requests answered. */
  rounds: string;
  cold: LoadFigures;
  warm: LoadFigures;
  bytesFloor: LoadFigures;
  driverFloor: LoadFigures;
  /** Peak resident memory of each app process while this scenario ran. */
  appPeakRssBytes: Record<Temperature, number>;
  /** What the answers looked like (captured from the cold app before the run, each request once). */
  answer: {
    bytes: number;
    nodes: number | null;
    truncated: boolean | null;
    captureErrors: number;
    /** Median latency of those first, sequential requests: each variable set asked once. */
    sequentialMedianMs: number;
    distinctRequests: number;
  };
}

export interface ApiResult {
  dataset: string;
  /** Every scenario's requests sent once each, one at a time, to the cold app before the load. */
  sequential: { scenario: string; operation: OperationName; answer: ScenarioResult['answer'] }[];
  scenarios: ScenarioResult[];
  appRssAfterBytes: Record<Temperature, number>;
  appPeakRssBytes: Record<Temperature, number>;
}

/** The request documents: the app's own operations plus the bench's, sharing the app's fragments. */
function requestDocuments(): Map<string, string> {
  return operationDocuments(`${readFileSync(WEB_OPERATIONS, 'utf8')}\n${readFileSync(BENCH_OPERATIONS, 'utf8')}`);
}

function startServer(
  script: string,
  args: string[],
  label: string,
  env: Record<string, string> = {},
): Promise<{ child: TsChild<unknown>; port: number }> {
  const child = runTsChild<unknown>(path.join(HERE, script), args, { label, env });
  return new Promise((resolve, reject) => {
    child.onLine((line) => {
      const ready = /^READY (\d+)$/.exec(line);
      if (ready) resolve({ child, port: Number(ready[1]) });
    });
    child.result.catch(reject);
  });
}

async function stopServer(server: { child: TsChild<unknown> }): Promise<void> {
  server.child.process.kill('SIGTERM');
  await server.child.result.catch(() => undefined);
}

export interface RunningApp {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** The real app in a child process, on a free loopback port; `env` adds to its environment. */
export async function startApp(
  neo4jUri: string,
  seedOnStart: 'always' | 'never',
  label: string,
  env: Record<string, string> = {},
): Promise<RunningApp> {
  const server = await startServer('appServer.ts', [neo4jUri, seedOnStart], label, env);
  return { port: server.port, pid: server.child.process.pid!, stop: () => stopServer(server) };
}

function hasGraphQLErrors(body: string): boolean {
  return body.includes('"errors":');
}

/** A round runs for a fixed time, or until a number of requests has been answered. */
type Round = { seconds: number } | { requests: number };

/** Slower than this sequentially, a scenario is measured by answered requests, not by time. */
const SLOW_SCENARIO_MS = 100;

async function load(url: string, bodies: string[], connections: number, round: Round): Promise<LoadFigures> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    ...('seconds' in round ? { duration: round.seconds } : { amount: round.requests }),
    // Queued behind 64 slow requests, an answer may take longer than autocannon's default 10 s.
    timeout: 60,
    requests: bodies.map((body) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body,
      onResponse: (status: number, responseBody: string) => {
        if (status === 200 && hasGraphQLErrors(responseBody)) graphqlErrors++;
      },
    })),
  });
  // No request finished within the run: there is no latency to report, and that must not read as 0 ms.
  const finished = result.requests.total > 0;
  return {
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    p50Ms: finished ? result.latency.p50 : Number.NaN,
    p99Ms: finished ? result.latency.p99 : Number.NaN,
    requests: result.requests.total,
    // Non-2xx, socket errors and timeouts (autocannon's 10 s) are counted by autocannon; GraphQL errors here.
    errors: result.non2xx + result.errors + result.timeouts + graphqlErrors,
  };
}

/** Medians of each figure over the rounds; errors add up. */
function medianFigures(rounds: LoadFigures[]): LoadFigures {
  const pick = (f: (r: LoadFigures) => number) => median(rounds.map(f));
  return {
    requestsPerSecond: pick((r) => r.requestsPerSecond),
    p50Ms: pick((r) => r.p50Ms),
    p99Ms: pick((r) => r.p99Ms),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/** Samples a process's resident memory every 200 ms until stopped; returns the peak. */
function rssSampler(pid: number): () => number {
  let peak = procMemory(pid, 'VmRSS');
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, procMemory(pid, 'VmRSS'));
    } catch {
      // the process is gone; keep what was seen
    }
  }, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

interface Answer {
  data?: {
    neighborhood?: { nodes: unknown[]; truncated: boolean };
    trace?: { truncated: boolean; paths: { nodes: unknown[] }[] };
  };
}

/** The smallest number of requests a slow scenario's round has answered, at any connection count. */
const SLOW_ROUND_REQUESTS = 8;

export async function runApiBench(
  dataset: string,
  neo4jUri: string,
  seedOnStart: 'always' | 'never',
  scenarios: Scenario[],
  options: ApiOptions,
  log: (msg: string) => void,
): Promise<ApiResult> {
  const documents = requestDocuments();
  // One at a time: the first loads the seed (when asked to), the second finds it loaded.
  const apps: Record<Temperature, RunningApp> = {
    cold: await startApp(neo4jUri, seedOnStart, `app ${dataset} cold`, { RESPONSE_CACHE_MB: '0' }),
    warm: await startApp(neo4jUri, 'never', `app ${dataset} warm`),
  };
  const urlOf = (app: RunningApp) => `http://127.0.0.1:${app.port}/graphql`;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-api-'));
  let floor: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    // Capture the cold app's real answers, each request once: the bytes floor serves them, and they must be clean.
    const captured: Record<string, string> = {};
    const bodiesOf = new Map<string, string[]>();
    const answers = new Map<string, ScenarioResult['answer']>();
    for (const scenario of scenarios) {
      const query = documents.get(scenario.operation);
      if (query === undefined) throw new Error(`no operation ${scenario.operation}`);
      const bodies = scenario.variables.map((variables) =>
        JSON.stringify({ operationName: scenario.operation, query, variables }),
      );
      bodiesOf.set(scenario.name, bodies);
      const sizes: number[] = [];
      const latencies: number[] = [];
      let captureErrors = 0;
      let nodes: number | null = null;
      let truncated: boolean | null = null;
      for (const body of bodies) {
        const sentAt = performance.now();
        const response = await fetch(urlOf(apps.cold), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await response.text();
        latencies.push(performance.now() - sentAt);
        // Kept as answered: the bytes floor serves the same, and the load run counts the errors.
        if (response.status !== 200 || hasGraphQLErrors(text)) {
          log(`${dataset} ${scenario.name}: the app answered ${response.status}: ${text.slice(0, 200)}`);
          captureErrors++;
        }
        captured[body] = text;
        sizes.push(Buffer.byteLength(text));
        const answer = JSON.parse(text) as Answer;
        const slice = answer.data?.neighborhood;
        const trace = answer.data?.trace;
        if (slice) nodes = Math.max(nodes ?? 0, slice.nodes.length);
        if (trace) nodes = Math.max(nodes ?? 0, ...trace.paths.map((p) => p.nodes.length), 0);
        const cut = slice?.truncated ?? trace?.truncated;
        if (cut !== undefined) truncated = (truncated ?? false) || cut;
      }
      answers.set(scenario.name, {
        bytes: median(sizes),
        nodes,
        truncated,
        captureErrors,
        sequentialMedianMs: median(latencies),
        distinctRequests: bodies.length,
      });
    }
    const capturedFile = path.join(workDir, 'captured.json');
    writeFileSync(capturedFile, JSON.stringify(captured));
    floor = await startServer('floorServer.ts', [neo4jUri, capturedFile], `floors ${dataset}`);
    const targets = {
      cold: urlOf(apps.cold),
      warm: urlOf(apps.warm),
      bytesFloor: `http://127.0.0.1:${floor.port}/bytes`,
      driverFloor: `http://127.0.0.1:${floor.port}/driver`,
    } as const;
    type Target = keyof typeof targets;

    const results: ScenarioResult[] = [];
    for (const scenario of scenarios.filter((sc) => sc.underLoad !== false))
      for (const [cell, connections] of options.connections.entries()) {
        const bodies = bodiesOf.get(scenario.name)!;
        const answer = answers.get(scenario.name)!;
        // A slow scenario would finish few or no requests in a short timed round: its cold app and
        // driver floor rounds end after a number of answered requests instead (the bytes floor and
        // the warm app, answering from its cache, stay timed).
        const slow = answer.sequentialMedianMs > SLOW_SCENARIO_MS;
        const counted = Math.max(connections, SLOW_ROUND_REQUESTS);
        const roundFor = (name: Target): Round =>
          slow && (name === 'cold' || name === 'driverFloor')
            ? { requests: counted }
            : { seconds: options.durationSeconds };
        // The floors do not change between rounds: one round each beside the app's; a slow
        // scenario gets one round of each (its rounds take many seconds at 64 connections).
        const roundsOf = (name: Target) => (slow || (name !== 'cold' && name !== 'warm') ? 1 : options.rounds);
        // Warmed once per scenario, before its first connection count. The warm app's cache first
        // gets every request of the rotation once (a short timed warm-up on a busy machine may not
        // reach them all). The bytes floor needs no warming.
        if (cell === 0) {
          for (const body of bodies)
            await fetch(targets.warm, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
              (response) => response.text(),
            );
          for (const url of [targets.cold, targets.warm, targets.driverFloor])
            await load(url, bodies, Math.min(Math.max(...options.connections), slow ? 4 : 16), {
              seconds: options.warmupSeconds,
            });
        }
        const rounds: Record<Target, LoadFigures[]> = { cold: [], warm: [], bytesFloor: [], driverFloor: [] };
        const appPeakRssBytes: Record<Temperature, number> = { cold: 0, warm: 0 };
        /** Targets whose timed rounds answered too few requests and were counted instead. */
        const recounted = new Set<Target>();
        for (let round = 0; round < options.rounds; round++)
          for (const [name, url] of Object.entries(targets) as [Target, string][]) {
            if (round >= roundsOf(name)) continue;
            const app = name === 'cold' || name === 'warm' ? name : null;
            const stopSampling = app === null ? null : rssSampler(apps[app].pid);
            const asked = roundFor(name);
            let figures = await load(url, bodies, connections, asked);
            // On a busy machine a timed round can end before each connection has had an answer: too
            // few for a p99, or none at all. It is run again until that many requests are answered.
            if ('seconds' in asked && figures.requests < connections) {
              figures = await load(url, bodies, connections, { requests: counted });
              recounted.add(name);
            }
            rounds[name].push(figures);
            if (app !== null) appPeakRssBytes[app] = Math.max(appPeakRssBytes[app], stopSampling!());
          }
        const result: ScenarioResult = {
          scenario: scenario.name,
          operation: scenario.operation,
          connections,
          rounds:
            (slow
              ? `1 × ${counted} requests (sequentially ${answer.sequentialMedianMs.toFixed(0)} ms each)`
              : `${options.rounds} × ${options.durationSeconds} s`) +
            (recounted.size > 0 ? `; ${[...recounted].join(', ')} by ${counted} answered requests` : ''),
          cold: medianFigures(rounds.cold),
          warm: medianFigures(rounds.warm),
          bytesFloor: medianFigures(rounds.bytesFloor),
          driverFloor: medianFigures(rounds.driverFloor),
          appPeakRssBytes,
          answer,
        };
        log(
          `api ${dataset} ${scenario.name} c=${connections}: cold ${result.cold.requestsPerSecond.toFixed(0)} req/s ` +
            `p99 ${result.cold.p99Ms} ms, warm ${result.warm.requestsPerSecond.toFixed(0)} req/s p99 ${result.warm.p99Ms} ms ` +
            `(driver floor ${result.driverFloor.requestsPerSecond.toFixed(0)} req/s p99 ${result.driverFloor.p99Ms} ms; ` +
            `bytes floor ${result.bytesFloor.requestsPerSecond.toFixed(0)} req/s), errors ${result.cold.errors + result.warm.errors}`,
        );
        results.push(result);
      }
    const memory = (field: 'VmRSS' | 'VmHWM') => ({
      cold: procMemory(apps.cold.pid, field),
      warm: procMemory(apps.warm.pid, field),
    });
    return {
      dataset,
      sequential: scenarios.map((sc) => ({
        scenario: sc.name,
        operation: sc.operation,
        answer: answers.get(sc.name)!,
      })),
      scenarios: results,
      appRssAfterBytes: memory('VmRSS'),
      appPeakRssBytes: memory('VmHWM'),
    };
  } finally {
    if (floor) await stopServer(floor);
    await Promise.all([apps.cold.stop(), apps.warm.stop()]);
    rmSync(workDir, { recursive: true, force: true });
  }
}
