/**
 * Check 2: faults injected with SIGKILL, each under load.
 *  - Neo4j killed: requests fail fast with 503 UNAVAILABLE, /readyz turns false, the API stays up;
 *    Neo4j restarted on the same port and store: the same API answers correctly again.
 *  - The seed loader killed mid-import: the previous data is intact, or the load completed; a
 *    second run completes it.
 *  - The API killed: restarted, it answers everything correctly (it holds no state).
 */
import type { Dataset } from '../../server/src/domain/model.js';
import { graphqlRequest, httpStatus, send, waitUntil } from './http.js';
import { describeLogLine, exitWithin, runTs } from './processes.js';
import { fingerprintText, type Report } from './report.js';
import type { ResilienceStack } from './stack.js';
import {
  answerAll,
  countResults,
  isCorrect,
  isWrongAnswer,
  judge,
  runClients,
  type ExpectedCase,
  type Sample,
} from './workload.js';

const CHECK = '2 faults';
const LOAD_CLIENTS = 8;
const LOAD_THINK_MS = 25;
const FAIL_FAST_MS = 5000;
const READYZ_MS = 5000;
const RECOVERY_MS = 10_000;
const SEED_COMMAND_TIMEOUT_MS = 180_000;

/** How long the load runs before a fault, while a database is down, and after recovery. */
const STEADY_MS = 2000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const maxLatency = (samples: Sample[]) => Math.max(0, ...samples.map((s) => s.endedAt - s.startedAt));

/** Clients running in the background until stopped (bounded in time and count all the same). */
function backgroundLoad(stack: ResilienceStack, cases: ExpectedCase[]) {
  let stopped = false;
  const run = runClients({
    url: () => stack.url,
    cases,
    clients: LOAD_CLIENTS,
    thinkMs: LOAD_THINK_MS,
    durationMs: 240_000,
    maxRequests: 200_000,
    stop: () => stopped,
  });
  return {
    stop(): Promise<Sample[]> {
      stopped = true;
      return run;
    },
  };
}

/** True once the first case is answered exactly as recorded. */
const answersCorrectly = (stack: ResilienceStack, probe: ExpectedCase) => async () =>
  isCorrect(judge(probe, await send(stack.url, graphqlRequest(probe.query, probe.variables), 3000)));

async function neo4jKilled(stack: ResilienceStack, cases: ExpectedCase[], report: Report): Promise<void> {
  const load = backgroundLoad(stack, cases);
  await sleep(STEADY_MS);
  const apiPid = stack.api.pid;
  const errorsBefore = stack.api.errorLogLines().length;
  const killAt = Date.now();
  stack.neo4j.kill();
  await stack.neo4j.exited;
  const readyzFalseMs = await waitUntil(async () => (await httpStatus(stack.url, '/readyz')) === 503, 15_000);
  const readyzAfterKill = readyzFalseMs === null ? null : Date.now() - killAt;
  const healthz = await httpStatus(stack.url, '/healthz');
  await sleep(STEADY_MS);
  const restartAt = Date.now();
  await stack.restartNeo4j();
  const backAt = Date.now();
  const recoveryMs = await waitUntil(answersCorrectly(stack, cases[0]!), 30_000);
  const readyAgainMs = await waitUntil(async () => (await httpStatus(stack.url, '/readyz')) === 200, 30_000);
  // The load goes on past the recovery bound, so what is sent after it is seen.
  await sleep(Math.max(STEADY_MS, backAt + RECOVERY_MS + STEADY_MS - Date.now()));
  const samples = await load.stop();
  const outageErrors = stack.api.errorLogLines().slice(errorsBefore);
  const apiSurvived =
    stack.api.pid === apiPid && stack.api.child.exitCode === null && stack.api.child.signalCode === null;

  const inFlight = samples.filter((s) => s.startedAt < killAt && s.endedAt >= killAt);
  const whileDead = samples.filter((s) => s.startedAt >= killAt && s.endedAt <= restartAt);
  const whileStarting = samples.filter((s) => s.startedAt >= restartAt && s.endedAt <= backAt);
  const duringOutage = [...whileDead, ...whileStarting];
  const firstCorrect = samples
    .filter((s) => s.startedAt >= backAt && isCorrect(s.result))
    .sort((a, b) => a.endedAt - b.endedAt)[0];
  // A fresh Neo4j plans and compiles every query anew: the first answers may take longer than the
  // API's query timeout (503 TIMEOUT, retry-after). Recovered means: from some moment within the
  // bound on, every request is answered correctly.
  const sentAfterBack = samples.filter((s) => s.startedAt >= backAt);
  const lastFailed = sentAfterBack.filter((s) => !isCorrect(s.result)).sort((a, b) => b.startedAt - a.startedAt)[0];
  const settledMs = lastFailed ? lastFailed.startedAt + 1 - backAt : 0;
  const afterBound = sentAfterBack.filter((s) => s.startedAt >= backAt + RECOVERY_MS);
  const inFlightSlowest = Math.max(0, ...inFlight.map((s) => s.endedAt - killAt));
  const unavailable = (s: Sample) => s.result === '503 UNAVAILABLE';

  report.measure(
    CHECK,
    'Neo4j kill: in flight at the kill',
    `${inFlight.length}: ${countResults(inFlight)}; all done ${inFlightSlowest} ms after it`,
  );
  report.measure(
    CHECK,
    'Neo4j kill: sent while down',
    `${whileDead.length}: ${countResults(whileDead)}; slowest ${maxLatency(whileDead)} ms`,
  );
  report.measure(
    CHECK,
    'Neo4j kill: /readyz false after',
    readyzAfterKill === null ? 'never (15 s)' : `${readyzAfterKill} ms; /healthz ${healthz}`,
  );
  report.measure(
    CHECK,
    'Neo4j restart (same port, store)',
    `${backAt - restartAt} ms; sent meanwhile: ${countResults(whileStarting)}, slowest ${maxLatency(whileStarting)} ms`,
  );
  report.measure(
    CHECK,
    'Neo4j kill: recovery after Neo4j is back',
    `search probe correct after ${recoveryMs ?? 'never'} ms, first correct answer under load ${firstCorrect ? `${firstCorrect.endedAt - backAt} ms (${firstCorrect.family})` : 'never'}, /readyz true ${readyAgainMs ?? 'never'} ms later; sent after Neo4j was back: ${countResults(sentAfterBack)}; every request correct from ${settledMs} ms`,
  );
  report.measure(
    CHECK,
    'Neo4j kill: errors the API logged',
    `${outageErrors.length}${outageErrors[0] ? `, first: ${describeLogLine(outageErrors[0])}` : ''}`,
  );
  report.verdict(
    CHECK,
    'Neo4j down or starting: requests fail fast with 503 UNAVAILABLE or are answered correctly from the cache',
    duringOutage.length > 0 &&
      // A correct answer is fine too: the response cache still holds answers of the current data version.
      duringOutage.some(unavailable) &&
      duringOutage.every((s) => isCorrect(s.result) || unavailable(s)) &&
      maxLatency(duringOutage) < FAIL_FAST_MS &&
      inFlight.every((s) => isCorrect(s.result) || unavailable(s)) &&
      inFlightSlowest < FAIL_FAST_MS,
    `${duringOutage.filter(unavailable).length} of ${duringOutage.length} were 503 UNAVAILABLE (${countResults(duringOutage)}), slowest ${maxLatency(duringOutage)} ms; in flight at the kill: ${countResults(inFlight)}`,
  );
  report.verdict(
    CHECK,
    'Neo4j down: /readyz false within 5 s, API stays up',
    readyzAfterKill !== null && readyzAfterKill <= READYZ_MS && healthz === 200 && apiSurvived,
    `/readyz 503 after ${readyzAfterKill ?? 'never'} ms, /healthz ${healthz}, same API process alive: ${apiSurvived}`,
  );
  report.verdict(
    CHECK,
    'Neo4j back: every request answered correctly within 10 s, no API restart',
    recoveryMs !== null &&
      recoveryMs <= RECOVERY_MS &&
      settledMs <= RECOVERY_MS &&
      !sentAfterBack.some((s) => isWrongAnswer(s.result)) &&
      apiSurvived &&
      afterBound.length > 0,
    `first correct answer after ${recoveryMs ?? 'never'} ms, every request correct from ${settledMs} ms; sent after ${RECOVERY_MS / 1000} s: ${countResults(afterBound)}`,
  );
}

async function loaderKilled(stack: ResilienceStack, report: Report): Promise<void> {
  // A previous data set that differs from the seed, so "intact" and "completed" can be told apart.
  const [first, ...rest] = stack.seed.entities;
  const previous: Dataset = {
    ...stack.seed,
    entities: [{ ...first!, description: `${first!.description} (earlier load)` }, ...rest],
  };
  const previousPrint = await stack.load(previous);
  const seedEnv = { NEO4J_URI: stack.neo4j.uri, NEO4J_PASSWORD: '', LOG_LEVEL: 'info' };

  const interrupted = runTs('server/src/seed/cli.ts', seedEnv);
  const spawnedAt = Date.now();
  let killedAt: { ms: number; step: string } | null = null;
  interrupted.onLine((line) => {
    // The loader logs progress inside its write transaction, after each batch: a moment it is surely writing.
    const progress = /"msg":"(loading [^"]+)"/.exec(line);
    if (progress && killedAt === null) {
      interrupted.kill();
      killedAt = { ms: Date.now() - spawnedAt, step: progress[1]! };
    }
  });
  const interruptedExit = await exitWithin(interrupted, SEED_COMMAND_TIMEOUT_MS);
  const afterKill = await stack.repo.fingerprint();
  const state =
    afterKill.checksum === previousPrint.checksum
      ? 'previous data intact'
      : afterKill.checksum === stack.seedFingerprint.checksum
        ? 'load completed'
        : 'neither: half-written';

  const completing = runTs('server/src/seed/cli.ts', seedEnv);
  const completingStartedAt = Date.now();
  const completingExit = await exitWithin(completing, SEED_COMMAND_TIMEOUT_MS);
  const completingMs = Date.now() - completingStartedAt;
  const afterRerun = await stack.repo.fingerprint();
  const killed = killedAt as { ms: number; step: string } | null;

  report.measure(
    CHECK,
    'loader kill: when',
    killed
      ? `SIGKILL at "${killed.step}", ${killed.ms} ms after spawn (exit: ${interruptedExit.signal ?? interruptedExit.code})`
      : 'never logged progress',
  );
  report.measure(
    CHECK,
    'loader kill: graph before / after kill',
    `${fingerprintText(previousPrint)} / ${fingerprintText(afterKill)} (${state})`,
  );
  report.measure(
    CHECK,
    'loader kill: next run',
    `exit ${completingExit.code} in ${completingMs} ms → ${fingerprintText(afterRerun)}`,
  );
  report.verdict(
    CHECK,
    'loader killed mid-import: previous data intact or load complete',
    killed !== null &&
      interruptedExit.signal === 'SIGKILL' &&
      previousPrint.checksum !== stack.seedFingerprint.checksum &&
      state !== 'neither: half-written',
    killed
      ? `${state} after a kill during "${killed.step}"`
      : `the loader was not killed while writing (${interrupted.tail.slice(-3).join(' ')})`,
  );
  report.verdict(
    CHECK,
    'loader: the next run completes the load',
    completingExit.code === 0 && afterRerun.checksum === stack.seedFingerprint.checksum,
    `exit ${completingExit.code}; graph ${afterRerun.checksum === stack.seedFingerprint.checksum ? 'equals' : 'differs from'} a clean load`,
  );
  if (await stack.restoreSeed()) report.measure(CHECK, 'loader kill: clean-up', 'seed reloaded by the runner');
}

async function apiKilled(stack: ResilienceStack, cases: ExpectedCase[], report: Report): Promise<void> {
  const load = backgroundLoad(stack, cases);
  await sleep(STEADY_MS);
  const killAt = Date.now();
  stack.api.kill();
  const exit = await stack.api.exited;
  const restartAt = Date.now();
  await stack.restartApi();
  const upAt = Date.now();
  const firstCorrectMs = await waitUntil(answersCorrectly(stack, cases[0]!), RECOVERY_MS);
  await sleep(STEADY_MS);
  const samples = await load.stop();
  const beforeKill = samples.filter((s) => s.endedAt < killAt);
  const whileDown = samples.filter((s) => s.endedAt >= killAt && s.startedAt < upAt);
  const afterRestart = samples.filter((s) => s.startedAt >= upAt);
  const fullPass = (await answerAll(stack.url, cases)).map(({ result }) => result);
  const wrong = samples.filter((s) => isWrongAnswer(s.result)).length + fullPass.filter(isWrongAnswer).length;
  const graph = await stack.repo.fingerprint();

  report.measure(
    CHECK,
    'API kill: before / while down / after',
    `${countResults(beforeKill)} / ${countResults(whileDown)} / ${countResults(afterRestart)}`,
  );
  report.measure(
    CHECK,
    'API kill: restart',
    `exit by ${exit.signal ?? exit.code}; ready ${upAt - restartAt} ms after restart, first correct answer +${firstCorrectMs ?? 'never'} ms`,
  );
  report.verdict(
    CHECK,
    'API killed under load: restarted, it answers every query correctly',
    exit.signal === 'SIGKILL' &&
      firstCorrectMs !== null &&
      fullPass.every(isCorrect) &&
      afterRestart.every((s) => isCorrect(s.result)),
    `every query once: ${fullPass.filter(isCorrect).length} of ${cases.length} ok; under load after restart: ${countResults(afterRestart)}`,
  );
  report.verdict(
    CHECK,
    'API killed: no state lost, no wrong answers',
    wrong === 0 && graph.checksum === stack.seedFingerprint.checksum,
    `${wrong} wrong answers; graph ${fingerprintText(graph)}`,
  );
}

export async function faultsCheck(stack: ResilienceStack, cases: ExpectedCase[], report: Report): Promise<void> {
  await neo4jKilled(stack, cases, report);
  await loaderKilled(stack, report);
  await apiKilled(stack, cases, report);
}
