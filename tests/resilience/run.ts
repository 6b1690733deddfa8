/**
 * `npm run test:resilience`: load, faults, hostile input, hostile curation writes, broken seed
 * files, browser safety and dependencies, against a Neo4j and an API this run starts itself (loopback only, temp data dir).
 * Prints a summary table and `Resilience: N passed, M failed, K not checked`; exits non-zero on any failure.
 * `-- --only=N` runs check N alone (after the setup), e.g. while working on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { WEB_DIST } from '../../server/src/http/app.js';
import { REPO_ROOT } from '../../server/src/repoRoot.js';
import { badSeedCheck } from './badSeedCheck.js';
import { browserCheck } from './browserCheck.js';
import { curationCheck } from './curationCheck.js';
import { dependencyCheck } from './dependencyCheck.js';
import { faultsCheck } from './faultsCheck.js';
import { hostileInputCheck } from './hostileInputCheck.js';
import { loadCheck } from './loadCheck.js';
import { fingerprintText, Report } from './report.js';
import { ResilienceStack } from './stack.js';
import { recordExpectations } from './workload.js';

/** Every loop below is bounded; this bounds the whole run too, in case something hangs. */
const RUN_LIMIT_MS = 10 * 60_000;

const report = new Report();
const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;

/** `npm run test:resilience -- --only=7`: only the checks whose number starts so (setup always runs). */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

async function step(check: string, run: () => Promise<void>): Promise<void> {
  if (only !== undefined && !check.startsWith(only)) return;
  console.log(`\n== ${check} (at ${elapsed()})`);
  try {
    await run();
  } catch (error) {
    report.verdict(check, 'ran to the end', false, `crashed: ${(error as Error).stack ?? String(error)}`);
  }
}

/** The browser check needs the built web app, and the API serves it only if it exists at start-up. */
function ensureWebBuilt(): void {
  if (existsSync(path.join(WEB_DIST, 'index.html'))) return;
  console.log('web/dist is missing: building the web app');
  const build = spawnSync('npm', ['run', 'build:web'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build:web failed (${build.status})`);
}

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    report.verdict(
      'run',
      `finished within ${RUN_LIMIT_MS / 60_000} min`,
      false,
      `still running after ${elapsed()}; stopped`,
    );
    report.print((Date.now() - startedAt) / 1000);
    process.exit(1);
  }, RUN_LIMIT_MS);
  watchdog.unref();

  ensureWebBuilt();
  // The audit talks to the registry only; it runs while the database starts.
  const dependencies = step('6 dependencies', () => dependencyCheck(report));
  console.log(`\n== setup: local Neo4j, seed data, API (at ${elapsed()})`);
  const stack = await ResilienceStack.start();
  try {
    report.measure(
      '0 setup',
      'Neo4j / API',
      `${stack.neo4j.uri} (pid ${stack.neo4j.pid}) / ${stack.url} (pid ${stack.api.pid}, ready in ${stack.api.startMs} ms)`,
    );
    report.measure('0 setup', 'seed graph', fingerprintText(stack.seedFingerprint));
    report.measure('0 setup', 'ready after', elapsed());
    report.measure(
      '0 setup',
      'machine load average at start',
      `${loadavg()[0]!.toFixed(1)} (1 min) on ${cpus().length} cores`,
    );
    const { cases, problems } = await recordExpectations(stack.url, stack.seed);
    report.measure('0 setup', 'expected answers recorded', `${cases.length} queries, sequentially, twice`);
    report.verdict(
      '0 setup',
      'expected answers are stable and agree with the seed',
      problems.length === 0 && cases.length > 0,
      problems.length === 0 ? `${cases.length} answers` : problems.slice(0, 3).join('; '),
    );
    await step('1 load', () => loadCheck(stack, cases, report));
    await step('3 hostile input', () => hostileInputCheck(stack, cases, report));
    await step('7 curation writes', () => curationCheck(stack, report));
    await step('2 faults', () => faultsCheck(stack, cases, report));
    await step('4 bad seed files', () => badSeedCheck(stack, report));
    await step('5 browser safety', () => browserCheck(stack, report));
  } finally {
    await stack.close();
  }
  await dependencies;
  report.measure('0 setup', 'machine load average at the end', `${loadavg()[0]!.toFixed(1)} (1 min)`);
  report.print((Date.now() - startedAt) / 1000);
  return report.failed > 0 ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    report.verdict('run', 'set up', false, (error as Error).stack ?? String(error));
    report.print((Date.now() - startedAt) / 1000);
    process.exit(1);
  },
);
