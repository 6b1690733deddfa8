/**
 * Two figures of issue 15, on the seed in Chromium, each beside a floor measured in the same run:
 *
 * - **First useful view on load** (target 1 s): from navigation to a bare link (`/`) until the
 *   overview is useful — its nodes and relations are on the canvas, the one-line summary of what
 *   the atlas covers is shown, nothing is loading or laying out, and no node has moved on screen
 *   (positions, zoom and pan) for STILL_FRAMES frames; the time is that of the first still frame.
 *   Floor: bare Cytoscape on the bench page, loading and laying out (fcose) the same elements,
 *   handed in, to its first drawn frame.
 * - **Expand NATO** (target 500 ms): from the click on "Expand" (default limit) until the new
 *   neighbours are on the canvas and settled as above (fetch, layout in the worker and the one
 *   animation that moves the nodes and the camera included). Floor: bare Cytoscape laying out the same elements (all of them, fcose
 *   on the page's thread) until drawn.
 *
 * Run alone (builds the web app and the bench pages, starts a Neo4j and the app):
 *
 *   npx tsx bench/browser/explorationBench.ts [runs] [folder for screenshots of the settled views]
 *
 * or through `npm run bench` (browser section), which reports the same figures.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SOFTWARE_WEBGL_ARGS } from '../../tests/support/chromium.js';
import { startApp } from '../api/apiBench.js';
import { startBenchNeo4j } from '../lib/neo4j.js';
import { median } from '../lib/stats.js';
import {
  buildBenchPages,
  buildWebApp,
  elementsFromIds,
  floorFirstDraw,
  serveStatic,
  show,
  type SeedAppFigure,
  type SeedAppScenario,
} from './browserBench.js';

const VIEWPORT = { width: 1440, height: 900 };
/** Frames without any node moving on screen before a view counts as settled (about 80 ms at 60 fps). */
const STILL_FRAMES = 5;
const FIRST_VIEW_LIMIT_MS = 1000;
const EXPAND_LIMIT_MS = 500;

/**
 * In the page: `window.__settle(ready, since)` resolves with `{ readyAt, settledAt }`, both
 * performance.now() times: the first frame where `ready()` held, and the first of STILL_FRAMES
 * frames in which `ready()` held, the canvas was neither loading nor laying out, and the nodes'
 * screen positions and the zoom stayed the same. A string, not a function: tsx would wrap the
 * function's inner names in a helper that does not exist in the page.
 */
const SETTLE = `
  window.__settle = (ready) => new Promise((resolve) => {
    let readyAt = null;
    let still = 0;
    let since = 0;
    let last = null;
    const idle = () =>
      document.querySelector('[data-testid="graph-loading"]') === null &&
      document.querySelector('.layout-status') === null;
    const tick = (now) => {
      const probe = window.__atlas;
      if (probe !== undefined && ready()) {
        readyAt ??= now;
        const picture = idle() ? JSON.stringify([probe.renderedPositions(), probe.zoom()]) : null;
        if (picture !== null && picture === last) still += 1;
        else {
          still = 0;
          since = now;
          last = picture;
        }
        if (still >= ${STILL_FRAMES}) return resolve({ readyAt, settledAt: since });
      } else {
        still = 0;
        last = null;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
`;

async function appPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`  [chromium] ${error.message}\n`));
  await page.addInitScript({ content: SETTLE });
  return page;
}

interface Settled {
  readyAt: number;
  settledAt: number;
}

interface FirstView {
  ms: number;
  nodes: string[];
  edges: string[];
}

/** A bare link: navigation (performance.now() = 0) to the overview settled and captioned. */
async function firstUsefulView(browser: Browser, appUrl: string, screenshot?: string): Promise<FirstView> {
  const page = await appPage(browser);
  try {
    await page.goto(new URL('/', appUrl).toString());
    const settled = (await page.evaluate(`window.__settle(() =>
      window.__atlas.edgeIds().length > 0 && document.querySelector('[data-testid="atlas-summary"]') !== null)`)) as Settled;
    if (screenshot !== undefined) await page.screenshot({ path: screenshot });
    const nodes = await page.evaluate(() => window.__atlas!.nodeIds());
    const edges = await page.evaluate(() => window.__atlas!.edgeIds());
    return { ms: settled.settledAt, nodes, edges };
  } finally {
    await page.context().close();
  }
}

interface Expansion {
  /** Click to the first frame with the new neighbours on the canvas. */
  drawnMs: number;
  /** Click to the settled layout. */
  ms: number;
  added: number;
  nodes: string[];
  edges: string[];
}

/** NATO alone and selected; a click on "Expand" until the layout is settled. */
async function expandNato(browser: Browser, appUrl: string, screenshot?: string): Promise<Expansion> {
  const page = await appPage(browser);
  try {
    await page.goto(new URL('/?n=actor:nato&s=actor:nato', appUrl).toString());
    await page.getByTestId('expand-button').waitFor();
    await page.evaluate(`window.__settle(() => window.__atlas.nodeIds().includes('actor:nato'))`);
    const before = await page.evaluate(() => window.__atlas!.nodeIds().length);
    const timed = (await page.evaluate(`(() => {
      const before = window.__atlas.nodeIds().length;
      const clickedAt = performance.now();
      document.querySelector('[data-testid="expand-button"]').click();
      return window.__settle(() => window.__atlas.nodeIds().length > before).then((s) => ({
        drawnMs: s.readyAt - clickedAt,
        ms: s.settledAt - clickedAt,
      }));
    })()`)) as { drawnMs: number; ms: number };
    if (screenshot !== undefined) await page.screenshot({ path: screenshot });
    const nodes = await page.evaluate(() => window.__atlas!.nodeIds());
    const edges = await page.evaluate(() => window.__atlas!.edgeIds());
    return { ...timed, added: nodes.length - before, nodes, edges };
  } finally {
    await page.context().close();
  }
}

const list = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');

/**
 * The first useful view and expanding NATO, `runs` times each (medians), after one untimed visit
 * that fills the app's response cache and the database's caches (reported on its own: the cold visit).
 */
export function explorationScenario(runs: number): SeedAppScenario {
  return {
    name: 'exploration (issue 15)',
    description:
      `**First useful view on load**: from navigation to a bare link (\`/\`, performance.now() = 0) until the ` +
      'overview is useful: its nodes and relations are on the canvas, the one-line summary of what the atlas covers ' +
      'is shown, nothing is loading or laying out, and no node has moved on screen (positions, zoom, pan) for ' +
      `${STILL_FRAMES} frames; the time is that of the first of those still frames. One untimed visit first fills ` +
      "the app's response cache (that cold visit is its own row), then " +
      `${runs} timed visits, each in a fresh browser context; floor: bare Cytoscape on the bench page, loading and ` +
      'laying out (fcose) the same elements, handed in, to its first drawn frame. **Expand NATO**: NATO alone and ' +
      'selected, from the click on "Expand" (default limit) until the new neighbours are on the canvas and settled ' +
      'as above (request, layout in the worker and the animation moving nodes and camera included); floor: bare Cytoscape ' +
      "laying out the same elements (all of them, fcose on the page's thread) until drawn.",
    async run(browser, urls, log) {
      const coldVisit = await firstUsefulView(browser, urls.app);
      const views: FirstView[] = [];
      for (let i = 0; i < runs; i += 1) views.push(await firstUsefulView(browser, urls.app));
      const overview = elementsFromIds(views[0]!.nodes, views[0]!.edges);
      const viewFloors: number[] = [];
      for (let i = 0; i < runs; i += 1) viewFloors.push(await floorFirstDraw(browser, urls.benchPages, overview));

      const expansions: Expansion[] = [];
      for (let i = 0; i < runs; i += 1) expansions.push(await expandNato(browser, urls.app));
      const expanded = elementsFromIds(expansions[0]!.nodes, expansions[0]!.edges);
      const expandFloors: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const { page, drawnMs } = await show(browser, urls.benchPages, 'showInFloor', expanded, 'fcose');
        expandFloors.push(drawnMs);
        await page.context().close();
      }
      const viewMs = views.map((v) => v.ms);
      const expandMs = expansions.map((e) => e.ms);
      log(
        `browser: first useful view runs ${list(viewMs)} ms (cold visit ${coldVisit.ms.toFixed(0)}; floor ${list(viewFloors)}); ` +
          `expand NATO +${expansions[0]!.added} runs ${list(expandMs)} ms (drawn ${list(expansions.map((e) => e.drawnMs))}; floor ${list(expandFloors)})`,
      );
      const overviewSize = `${views[0]!.nodes.length} nodes, ${views[0]!.edges.length} relations`;
      const expandedSize = `+${expansions[0]!.added} nodes to ${expansions[0]!.nodes.length}, ${expansions[0]!.edges.length} relations`;
      return [
        {
          figure: `first useful view on load: bare link to the overview settled and captioned (${overviewSize}), median of ${runs}`,
          ms: median(viewMs),
          floorMs: median(viewFloors),
          runsMs: viewMs,
          limitMs: FIRST_VIEW_LIMIT_MS,
        },
        {
          figure: 'first useful view, first visit after the app started (its response cache empty), one run',
          ms: coldVisit.ms,
          runsMs: [coldVisit.ms],
        },
        {
          figure: `expand NATO to a settled layout (${expandedSize}), median of ${runs}`,
          ms: median(expandMs),
          floorMs: median(expandFloors),
          runsMs: expandMs,
          limitMs: EXPAND_LIMIT_MS,
        },
        {
          figure: `expand NATO: click to the new neighbours first drawn, median of ${runs}`,
          ms: median(expansions.map((e) => e.drawnMs)),
          runsMs: expansions.map((e) => e.drawnMs),
        },
      ] satisfies SeedAppFigure[];
    },
  };
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  /** Where to save what the page shows at the moment each figure is taken (to look at the "settled" views). */
  const screenshots = process.argv[3];
  const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
  await buildWebApp();
  const pagesDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-pages-'));
  await buildBenchPages(pagesDir);
  const pages = await serveStatic(pagesDir);
  const db = await startBenchNeo4j();
  const app = await startApp(db.uri, 'always', 'app seed (exploration)');
  const browser = await launchChromium(SOFTWARE_WEBGL_ARGS);
  try {
    const appUrl = `http://127.0.0.1:${app.port}/`;
    const figures = await explorationScenario(runs).run(browser, { app: appUrl, benchPages: pages.url }, log);
    for (const f of figures)
      log(`${f.figure}: ${f.ms.toFixed(0)} ms${f.floorMs === undefined ? '' : ` (floor ${f.floorMs.toFixed(0)} ms)`}`);
    if (screenshots !== undefined) {
      await firstUsefulView(browser, appUrl, path.join(screenshots, 'first-useful-view.png'));
      await expandNato(browser, appUrl, path.join(screenshots, 'expand-nato-settled.png'));
      log(`screenshots at the settled moments: ${screenshots}`);
    }
  } finally {
    await browser.close();
    await app.stop();
    await db.stop();
    pages.close();
    await rm(pagesDir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('explorationBench.ts')) await main();
