/**
 * Check 1: 64 clients mixing every public query for 60 s (after a warm-up) against the seed data. Zero 5xx, zero
 * wrong answers (each compared with the recorded expectation), and the API's RSS
 * stable: the median of the last 20 s within 15 % of the median of the first 20 s.
 */
import { rssBytes } from './processes.js';
import type { Report } from './report.js';
import type { ResilienceStack } from './stack.js';
import { countResults, isCorrect, isWrongAnswer, percentile, runClients, type ExpectedCase } from './workload.js';

const CHECK = '1 load';
const CLIENTS = 64;
const DURATION_MS = 60_000;
/**
 * The heap grows to its working size first (allocation and V8's optimisation of the compiled
 * queries both go by requests served, not by time); RSS is compared only over the 60 s that follow.
 * Measured over 300 s of this load: 208 → 270 MiB in the first ~2,600 requests, then flat
 * (10-second medians 263–289 MiB); a warm-up of 10 s had left the first window still growing.
 */
const WARMUP_REQUESTS = 3_000;
/** Ends the warm-up on a machine too slow to reach the count (the report shows how many it sent). */
const WARMUP_LIMIT_MS = 90_000;
/** A bound on the count as well as the time; far above what 60 s can reach here. */
const MAX_REQUESTS = 500_000;
const RSS_WINDOW_MS = 20_000;
const MAX_RSS_GROWTH = 0.15;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export async function loadCheck(stack: ResilienceStack, cases: ExpectedCase[], report: Report): Promise<void> {
  const options = { url: () => stack.url, cases, clients: CLIENTS, maxRequests: MAX_REQUESTS };
  const warmupStartedAt = Date.now();
  const warmup = await runClients({
    ...options,
    durationMs: WARMUP_LIMIT_MS,
    maxRequests: WARMUP_REQUESTS,
  });
  const startedAt = Date.now();
  const warmupSeconds = (startedAt - warmupStartedAt) / 1000;
  const rss: { at: number; bytes: number }[] = [];
  const sampler = setInterval(() => {
    const bytes = rssBytes(stack.api.pid);
    if (bytes !== null) rss.push({ at: Date.now() - startedAt, bytes });
  }, 1000);
  const measured = await runClients({ ...options, durationMs: DURATION_MS }).finally(() => clearInterval(sampler));
  const seconds = (Date.now() - startedAt) / 1000;

  const latencies = measured.map((s) => s.endedAt - s.startedAt);
  const samples = [...warmup, ...measured];
  const serverErrors = samples.filter((s) => /^5\d\d/.test(s.result));
  const wrong = samples.filter((s) => isWrongAnswer(s.result));
  const notOk = samples.filter((s) => !isCorrect(s.result));
  const median = (values: number[]) => percentile(values, 50);
  const firstRss = median(rss.filter((r) => r.at < RSS_WINDOW_MS).map((r) => r.bytes));
  const lastRss = median(rss.filter((r) => r.at >= seconds * 1000 - RSS_WINDOW_MS).map((r) => r.bytes));
  const growth = lastRss / firstRss - 1;
  const families = new Map<string, number[]>();
  for (const s of measured) {
    const list = families.get(s.family) ?? [];
    list.push(s.endedAt - s.startedAt);
    families.set(s.family, list);
  }

  report.measure(
    CHECK,
    'clients × duration',
    `${CLIENTS} × ${seconds.toFixed(1)} s after a warm-up of ${warmup.length} requests (${warmupSeconds.toFixed(0)} s), ${cases.length} distinct queries`,
  );
  report.measure(
    CHECK,
    'requests sent',
    `${measured.length} (${(measured.length / seconds).toFixed(0)}/s), ${warmup.length} more in the warm-up`,
  );
  report.measure(CHECK, 'results by class', countResults(samples));
  report.measure(
    CHECK,
    'latency p50 / p95 / p99 / max',
    [50, 95, 99, 100].map((p) => `${percentile(latencies, p)} ms`).join(' / '),
  );
  report.measure(
    CHECK,
    'p95 by query family',
    [...families]
      .sort((a, b) => percentile(b[1], 95) - percentile(a[1], 95))
      .map(([family, values]) => `${family} ${percentile(values, 95)}`)
      .join(', '),
  );
  report.measure(
    CHECK,
    'API RSS median first / last 20 s',
    `${mib(firstRss)} / ${mib(lastRss)} (${(growth * 100).toFixed(1)} %)`,
  );

  report.verdict(CHECK, 'zero 5xx', serverErrors.length === 0, `${serverErrors.length} of ${samples.length}`);
  report.verdict(CHECK, 'zero wrong answers', wrong.length === 0, `${wrong.length} of ${samples.length}`);
  report.verdict(
    CHECK,
    'every request answered correctly',
    notOk.length === 0,
    `${samples.length - notOk.length} of ${samples.length} ok`,
  );
  report.verdict(
    CHECK,
    `RSS stable (< ${MAX_RSS_GROWTH * 100} % growth)`,
    Number.isFinite(growth) && growth < MAX_RSS_GROWTH,
    `${(growth * 100).toFixed(1)} % (${rss.length} readings)`,
  );
}
