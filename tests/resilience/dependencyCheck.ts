/**
 * Check 6: dependencies. `npm audit --omit=dev` must report no high or critical advisory; versions
 * are pinned by a package-lock.json that `npm ci` would use as it is. If the registry's audit service
 * cannot be reached (some mirrors refuse its POST), the advisory check is reported as not checked,
 * with npm's reason: a product cannot pass or fail on a service that never answered.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../server/src/repoRoot.js';
import type { Report } from './report.js';

const CHECK = '6 dependencies';
const AUDIT_TIMEOUT_MS = 120_000;
const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;

function npm(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      args,
      { cwd: REPO_ROOT, timeout: AUDIT_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (_error, stdout, stderr) =>
        // npm audit exits non-zero when it finds advisories; the JSON says what happened either way.
        resolve({ stdout, stderr }),
    );
  });
}

async function audit(report: Report): Promise<void> {
  const { stdout, stderr } = await npm(['audit', '--omit=dev', '--json']);
  let parsed: { metadata?: { vulnerabilities?: Record<string, number> }; message?: string } = {};
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    // Not JSON: reported below with npm's own words.
  }
  const counts = parsed.metadata?.vulnerabilities;
  if (counts === undefined) {
    const why = parsed.message ?? stderr.split('\n').find((l) => /error/i.test(l)) ?? 'no JSON from npm audit';
    report.measure(CHECK, 'npm audit --omit=dev', `unknown: the audit service could not be used (${why})`);
    report.notChecked(CHECK, 'no high or critical advisories', `the audit service did not answer: ${why}`);
    return;
  }
  report.measure(CHECK, 'npm audit --omit=dev', SEVERITIES.map((s) => `${s} ${counts[s] ?? 0}`).join(', '));
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  report.verdict(
    CHECK,
    'no high or critical advisories',
    serious === 0,
    `high ${counts.high ?? 0}, critical ${counts.critical ?? 0}`,
  );
}

interface Lockfile {
  lockfileVersion: number;
  packages: Record<
    string,
    { version?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }
  >;
}

/** What `npm ci` insists on: a lockfile v2+, whose root lists exactly package.json's ranges, with a version for every package. */
function lockfile(report: Report): void {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  let lock: Lockfile;
  try {
    lock = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
  } catch (error) {
    report.verdict(
      CHECK,
      'versions pinned by package-lock.json',
      false,
      `no readable package-lock.json: ${(error as Error).message}`,
    );
    return;
  }
  const root = lock.packages[''] ?? {};
  const problems: string[] = [];
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const want = manifest[field] ?? {};
    const have = root[field] ?? {};
    for (const name of new Set([...Object.keys(want), ...Object.keys(have)]))
      if (want[name] !== have[name])
        problems.push(`${field}.${name}: package.json ${want[name]} vs lock ${have[name]}`);
  }
  const installed = Object.entries(lock.packages).filter(([key]) => key.startsWith('node_modules/'));
  const unpinned = installed
    .filter(([, entry]) => entry.version === undefined && !('link' in entry))
    .map(([key]) => key);
  problems.push(...unpinned.map((key) => `${key} has no version`));
  report.measure(
    CHECK,
    'package-lock.json',
    `lockfileVersion ${lock.lockfileVersion}, ${installed.length} packages pinned`,
  );
  report.verdict(
    CHECK,
    'versions pinned by package-lock.json (npm ci uses it)',
    lock.lockfileVersion >= 2 && problems.length === 0,
    problems.length === 0
      ? `lockfileVersion ${lock.lockfileVersion}, in step with package.json`
      : problems.slice(0, 5).join('; '),
  );
}

export async function dependencyCheck(report: Report): Promise<void> {
  lockfile(report);
  await audit(report);
}
