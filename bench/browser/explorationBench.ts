/**
 * Two figures of issue 15, on the seed in Debian's Chromium: the first useful view on load (a bare
 * link, until the overview is drawn, laid out and captioned; target 1 s) and expanding NATO (from
 * the click until the new neighbours are laid out and still; target 500 ms). Run alone:
 *
 *   npx tsx bench/browser/explorationBench.ts [runs]
 *
 * or through `npm run bench` (browser section), which logs the same figures.
 */
import { spawn } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../tests/support/chromium.js';
import { REPO_ROOT } from '../../server/src/repoRoot.js';
import { startApp } from '../api/apiBench.js';
import { startBenchNeo4j } from '../lib/neo4j.js';
import { median } from '../lib/stats.js';

const VIEWPORT = { width: 1440, height: 900 };

export interface ExplorationResult {
  runs: number;
  /** Navigation start to the frame after the overview is drawn, laid out and captioned. */
  firstUsefulViewMs: number;
  /** Click on "Expand" to the frame after the new neighbours are laid out (the layout's animation included). */
  expandNatoMs: number;
  expandNatoAdded: number;
}

/**
 * In the page: resolves with performance.now() at the first frame where `ready` holds and the
 * canvas is neither loading nor laying out. A string, as in browserBench.ts: tsx would otherwise
 * wrap inner names in a helper the page lacks.
 */
const SETTLED = `(ready) => new Promise((resolve) => {
  const idle = () =>
    document.querySelector('[data-testid="graph-loading"]') === null && document.querySelector('.layout-status') === null;
  const tick = () => (ready() && idle() ? resolve(performance.now()) : requestAnimationFrame(tick));
  requestAnimationFrame(tick);
})`;

async function firstUsefulView(browser: Browser, appUrl: string): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  await page.addInitScript({
    content: `window.__settled = ${SETTLED}(() =>
      (window.__atlas?.edgeIds().length ?? 0) > 0 && document.querySelector('[data-testid="atlas-summary"]') !== null);`,
  });
  await page.goto(new URL('/', appUrl).toString());
  const ms = await page.evaluate(() => (window as unknown as { __settled: Promise<number> }).__settled);
  await context.close();
  return ms;
}

async function expandNato(browser: Browser, appUrl: string): Promise<{ ms: number; added: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(new URL('/?n=actor:nato&s=actor:nato', appUrl).toString());
  await page.getByTestId('expand-button').waitFor();
  await page.waitForFunction(() => window.__atlas?.nodeIds().includes('actor:nato') === true);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => window.__atlas!.nodeIds().length);
  const ms = await page.evaluate(
    `(() => {
      const before = window.__atlas.nodeIds().length;
      const t0 = performance.now();
      document.querySelector('[data-testid="expand-button"]').click();
      return (${SETTLED})(() => window.__atlas.nodeIds().length > before).then((t1) => t1 - t0);
    })()`,
  );
  const added = (await page.evaluate(() => window.__atlas!.nodeIds().length)) - before;
  await context.close();
  return { ms: ms as number, added };
}

export async function runExplorationBench(
  browser: Browser,
  appUrl: string,
  runs: number,
  log: (msg: string) => void,
): Promise<ExplorationResult> {
  const views: number[] = [];
  const expands: { ms: number; added: number }[] = [];
  for (let i = 0; i < runs; i += 1) views.push(await firstUsefulView(browser, appUrl));
  for (let i = 0; i < runs; i += 1) expands.push(await expandNato(browser, appUrl));
  const result: ExplorationResult = {
    runs,
    firstUsefulViewMs: median(views),
    expandNatoMs: median(expands.map((e) => e.ms)),
    expandNatoAdded: expands[0]?.added ?? 0,
  };
  log(
    `browser: first useful view ${result.firstUsefulViewMs.toFixed(0)} ms (target 1000; runs ${views.map((v) => v.toFixed(0)).join(', ')}), ` +
      `expand NATO +${result.expandNatoAdded} ${result.expandNatoMs.toFixed(0)} ms to a settled layout (target 500; runs ${expands.map((e) => e.ms.toFixed(0)).join(', ')})`,
  );
  return result;
}

function buildWeb(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build:web'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build:web exited ${code}`))));
  });
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
  await buildWeb();
  const db = await startBenchNeo4j();
  const app = await startApp(db.uri, 'always', 'app seed (exploration)');
  const browser = await launchChromium();
  try {
    const url = `http://127.0.0.1:${app.port}/`;
    // One untimed visit warms the database's caches and the server's query plans.
    await firstUsefulView(browser, url);
    await runExplorationBench(browser, url, runs, log);
  } finally {
    await browser.close();
    await app.stop();
    await db.stop();
  }
}

if (process.argv[1]?.endsWith('explorationBench.ts')) await main();
