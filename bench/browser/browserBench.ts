/**
 * The front end in Debian's Chromium: bundle size, time to first drawn graph on the seed data,
 * layout time, frame times while panning and zooming, and JS heap. Each figure beside its floor:
 * a libraries-only bundle, and bare Cytoscape drawing the same elements.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, SOFTWARE_WEBGL_ARGS } from '../../tests/support/chromium.js';
import { build } from 'vite';
import type { RendererMode } from '../../web/src/canvas/renderer.js';
import type { LayoutName } from '../../web/src/view/state.js';
import type { SyntheticGraph } from '../generate.js';
import { REPO_ROOT } from '../../server/src/repoRoot.js';
import { median, percentile } from '../lib/stats.js';
import { benchElements } from './elements.js';
import type { BenchElements } from './page/harness.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGE_DIR = path.join(HERE, 'page');
const VIEWPORT = { width: 1440, height: 900 };

export interface BrowserOptions {
  /** Repetitions of the time-to-first-draw measurement. */
  runs: number;
  /** Repetitions of each layout measurement (a 5k-node layout takes a while on two cores). */
  layoutRuns: number;
  panZoomMs: number;
}

/**
 * A measurement of the built app on the seed that another part of the bench brings (the first
 * useful view on load, expanding NATO): it gets the browser and the app's URL and answers figures.
 */
export interface SeedAppScenario {
  name: string;
  /** What its figures measure, from when to when: printed above the report's table. */
  description: string;
  run(browser: Browser, urls: SeedAppUrls, log: (msg: string) => void): Promise<SeedAppFigure[]>;
}

export interface SeedAppUrls {
  /** The app on the seed. */
  app: string;
  /** The bench pages (the floor: bare Cytoscape). */
  benchPages: string;
}

export interface SeedAppFigure {
  figure: string;
  ms: number;
  /** The same work without the app, measured in the same run, where one makes sense. */
  floorMs?: number;
  /** Every timed run, in order. */
  runsMs?: number[];
  /** The target, where the issue sets one. */
  limitMs?: number;
}

export interface Compared {
  ours: number;
  floor: number;
}

export interface BrowserResult {
  firstLoadJsGzipBytes: Compared & { files: string[] };
  firstDrawMs: Compared & { elements: number };
  /** The figures of the SeedAppScenarios handed in, and what each scenario measures. */
  seedApp: SeedAppFigure[];
  seedAppDescriptions: string[];
  layoutMs: { nodes: number; edges: number; ours: number; floor: number }[];
  /** The GL implementation Chromium drew WebGL with (software here: SwiftShader), or null without WebGL. */
  webglRenderer: string | null;
  /**
   * Frame times while the view moves, by renderer (the 2D canvas, or Cytoscape's WebGL mode; the
   * floor draws with the same one). `gesture`: a mouse drag then wheel zooming, as a user pans and
   * zooms (the 2D canvas draws from a cached texture meanwhile, where the app turns that on);
   * `redraw`: the same motion through cy.panBy/zoom, which redraws everything every frame.
   * `chosen`: whether the app, left to choose, draws this many elements with this renderer.
   */
  frames: {
    elements: number;
    renderer: 'canvas' | 'webgl';
    chosen: boolean;
    mode: 'gesture' | 'redraw';
    oursMedianMs: number;
    oursP95Ms: number;
    floorMedianMs: number;
    floorP95Ms: number;
  }[];
  jsHeapBytes: { elements: number; renderer: 'canvas' | 'webgl'; ours: number; floor: number }[];
}

/**
 * Builds the web app into web/dist. Before the app starts: the server serves the explorer only if
 * web/dist exists when it starts (otherwise it answers 503 "not built").
 */
export function buildWebApp(): Promise<void> {
  return run('npm', ['run', '--silent', 'build:web']);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    );
  });
}

/** The JS a page loads before it can run: its entry script and the modules it preloads, gzipped. */
async function firstLoadJs(distDir: string, htmlFile: string): Promise<{ bytes: number; files: string[] }> {
  const html = await readFile(path.join(distDir, htmlFile), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const sizes = await Promise.all(files.map(async (f) => gzipSync(await readFile(path.join(distDir, f))).length));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files };
}

/** Builds the bench pages (harness and libraries-only floor) into a temporary folder. */
export async function buildBenchPages(outDir: string): Promise<void> {
  await build({
    root: PAGE_DIR,
    base: '/',
    logLevel: 'error',
    configFile: false,
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      chunkSizeWarningLimit: 5000,
      rolldownOptions: {
        input: { index: path.join(PAGE_DIR, 'index.html'), libraries: path.join(PAGE_DIR, 'libraries.html') },
      },
    },
  });
}

/** Serves a folder on 127.0.0.1 (the bench pages need http: module scripts do not load from file:). */
export function serveStatic(root: string): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, path.normalize(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => {
          server.close();
          server.closeAllConnections();
        },
      }),
    ),
  );
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`  [chromium] ${error.message}\n`));
  page.on('console', (message) => {
    if (message.type() === 'error') process.stderr.write(`  [chromium console] ${message.text()}\n`);
  });
  return page;
}

/**
 * Notes the time of the first frame after the test hook lists a node. A string, not a function:
 * tsx would wrap the function's inner names in a helper that does not exist in the page.
 */
const FIRST_DRAW_PROBE = `
  (() => {
    const tick = () => {
      if ((window.__atlas?.nodeIds().length ?? 0) > 0)
        requestAnimationFrame(() => { window.__firstDrawnAt = performance.now(); });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();
`;

/** The app on the seed: navigation to the first frame that shows graph elements (the test hook lists them). */
async function appFirstDraw(browser: Browser, url: string): Promise<{ ms: number; nodes: string[]; edges: string[] }> {
  const page = await newPage(browser);
  await page.addInitScript({ content: FIRST_DRAW_PROBE });
  await page.goto(url);
  const ms = (await (
    await page.waitForFunction(() => (window as { __firstDrawnAt?: number }).__firstDrawnAt, undefined, {
      timeout: 30_000,
    })
  ).jsonValue()) as number;
  // Then the whole neighbourhood, for the floor to draw the same.
  await page.waitForFunction(() => document.querySelector('[data-testid="graph-loading"]') === null);
  await page.waitForTimeout(500);
  const nodes = await page.evaluate(() => window.__atlas!.nodeIds());
  const edges = await page.evaluate(() => window.__atlas!.edgeIds());
  await page.context().close();
  return { ms, nodes, edges };
}

export async function floorFirstDraw(browser: Browser, pageUrl: string, elements: BenchElements): Promise<number> {
  const page = await newPage(browser);
  await page.addInitScript((handed) => (window.__benchFirstDraw = handed), elements);
  await page.goto(pageUrl);
  const ms = (await (await page.waitForFunction(() => window.__benchFirstDrawnAt)).jsonValue()) as number;
  await page.context().close();
  return ms;
}

/** Relation ids read `from-[TYPE]->to`: enough to draw the seed's edges on the floor. */
export function elementsFromIds(nodeIds: string[], edgeIds: string[]): BenchElements {
  const edges = edgeIds.flatMap((id) => {
    const match = /^(.+?)-\[([A-Z_]+)\]->(.+?)(?:#.*)?$/.exec(id);
    return match ? [{ data: { id, source: match[1]!, target: match[3]! } }] : [];
  });
  return {
    nodes: nodeIds.map((id) => ({ id }) as BenchElements['nodes'][number]),
    edges: edges.map((e) => e.data as BenchElements['edges'][number]),
  };
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

export type Side = 'showInApp' | 'showInFloor';

/** The WebGL 2 implementation the browser offers (its unmasked renderer string), or null without one. */
async function glRenderer(browser: Browser): Promise<string | null> {
  const page = await newPage(browser);
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl === null) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL));
  });
  await page.context().close();
  return renderer;
}

/**
 * Records the time between animation frames until `window.__stopFrames()` returns them. A string,
 * for the reason given at FIRST_DRAW_PROBE.
 */
const FRAME_RECORDER = `
  (() => {
    const deltas = [];
    let last = performance.now();
    let recording = true;
    const tick = (now) => {
      deltas.push(now - last);
      last = now;
      if (recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__stopFrames = () => { recording = false; return deltas.slice(1); };
  })();
`;

/** Frame times while the mouse drags the view around for half the time, then zooms with the wheel. */
async function gestureFrames(page: Page, durationMs: number): Promise<number[]> {
  // Near a corner: the fitted graph leaves a margin there, so the drag grabs the background, not a node.
  const centre = { x: 120, y: 100 };
  await page.evaluate(FRAME_RECORDER);
  const startedAt = Date.now();
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.down();
  for (let step = 0; Date.now() - startedAt < durationMs / 2; step++)
    await page.mouse.move(centre.x + 80 * Math.sin(step / 4), centre.y + 60 * Math.cos(step / 4));
  await page.mouse.up();
  for (let step = 0; Date.now() - startedAt < durationMs; step++) await page.mouse.wheel(0, step % 2 ? 60 : -60);
  return (await page.evaluate('window.__stopFrames()')) as number[];
}

/** A layout that has not finished by then is reported as a failure, not waited for. */
const SHOW_TIMEOUT_MS = 120_000;

export async function show(
  browser: Browser,
  pageUrl: string,
  side: Side,
  elements: BenchElements,
  layout: LayoutName,
  renderer: RendererMode = side === 'showInApp' ? 'auto' : 'canvas',
) {
  const page = await newPage(browser);
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.__bench !== undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${side}: ${layout} of ${elements.nodes.length} nodes did not finish within ${SHOW_TIMEOUT_MS / 1000} s`,
          ),
        ),
      SHOW_TIMEOUT_MS,
    );
  });
  try {
    const timing = await Promise.race([
      page.evaluate(([method, handed, name, mode]) => window.__bench![method](handed, name, mode), [
        side,
        elements,
        layout,
        renderer,
      ] as const),
      timeout,
    ]);
    return { page, ...timing };
  } catch (error) {
    await page.context().close();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Frames while the view moves and the heap, at 1k/5k/20k elements, for each renderer the browser
 * has (the 2D canvas; WebGL where it has WebGL 2), the app's GraphView beside bare Cytoscape.
 */
export async function frameTimes(
  browser: Browser,
  pageUrl: string,
  graph: SyntheticGraph,
  options: Pick<BrowserOptions, 'panZoomMs'>,
  log: (msg: string) => void,
): Promise<Pick<BrowserResult, 'webglRenderer' | 'frames' | 'jsHeapBytes'>> {
  const webglRenderer = await glRenderer(browser);
  const renderers = webglRenderer === null ? (['canvas'] as const) : (['canvas', 'webgl'] as const);
  const frames: BrowserResult['frames'] = [];
  const jsHeapBytes: BrowserResult['jsHeapBytes'] = [];
  for (const count of [1000, 5000, 20_000]) {
    const nodes = Math.round(count / 3);
    const elements = benchElements(graph, nodes, count - nodes);
    const total = elements.nodes.length + elements.edges.length;
    let chosen: 'webgl' | 'canvas' | undefined;
    for (const renderer of renderers) {
      const measured: Record<Side, { gesture: number[]; redraw: number[]; heap: number }> = {
        showInApp: { gesture: [], redraw: [], heap: 0 },
        showInFloor: { gesture: [], redraw: [], heap: 0 },
      };
      for (const side of ['showInApp', 'showInFloor'] as const) {
        // A preset layout (the app's timeline), so the time goes to drawing, not to laying out.
        const { page } = await show(browser, pageUrl, side, elements, 'timeline', renderer);
        chosen ??= (await page.evaluate((n) => window.__bench!.choosesWebgl(n), total)) ? 'webgl' : 'canvas';
        const drawnWith = (await page.evaluate(() => window.__bench!.drawnWithWebgl())) ? 'webgl' : 'canvas';
        if (drawnWith !== renderer) throw new Error(`${side}: asked for ${renderer}, drawn with ${drawnWith}`);
        await page.waitForTimeout(600); // the fit animation
        measured[side].gesture = await gestureFrames(page, options.panZoomMs);
        await page.waitForTimeout(300);
        measured[side].redraw = await page.evaluate((ms) => window.__bench!.panAndZoom(ms), options.panZoomMs);
        measured[side].heap = await usedHeap(page);
        await page.context().close();
      }
      for (const mode of ['gesture', 'redraw'] as const) {
        const app = measured.showInApp[mode];
        const floor = measured.showInFloor[mode];
        frames.push({
          elements: total,
          renderer,
          chosen: renderer === chosen,
          mode,
          oursMedianMs: median(app),
          oursP95Ms: percentile(app, 95),
          floorMedianMs: median(floor),
          floorP95Ms: percentile(floor, 95),
        });
        log(
          `browser: ${total} elements, ${renderer}, ${mode} frame p95 ${percentile(app, 95).toFixed(1)} ms (floor ${percentile(floor, 95).toFixed(1)} ms)`,
        );
      }
      jsHeapBytes.push({
        elements: total,
        renderer,
        ours: measured.showInApp.heap,
        floor: measured.showInFloor.heap,
      });
    }
  }
  return { webglRenderer, frames, jsHeapBytes };
}

export async function runBrowserBench(
  graph: SyntheticGraph,
  seedAppUrl: string,
  options: BrowserOptions,
  log: (msg: string) => void,
  seedAppScenarios: readonly SeedAppScenario[] = [],
): Promise<BrowserResult> {
  log('browser: building the bench pages');
  const benchDist = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-pages-'));
  await buildBenchPages(benchDist);
  const ours = await firstLoadJs(path.join(REPO_ROOT, 'web', 'dist'), 'index.html');
  const libraries = await firstLoadJs(benchDist, 'libraries.html');
  const server = await serveStatic(benchDist);
  // WebGL in software, asked for by name: the only WebGL a machine without a GPU has.
  const browser = await launchChromium(SOFTWARE_WEBGL_ARGS);
  try {
    const seedUrl = new URL('/?n=actor:japan&x=actor:japan~~25&f=actor:japan', seedAppUrl).toString();
    // One untimed visit first: the app's first answers (query plans, caches) can take seconds on a
    // busy machine, past the app's query timeout, and the view would then hold Japan alone.
    await appFirstDraw(browser, seedUrl);
    const firstDraws = [];
    for (let i = 0; i < options.runs; i++) firstDraws.push(await appFirstDraw(browser, seedUrl));
    const fullest = firstDraws.reduce((a, b) => (b.nodes.length > a.nodes.length ? b : a));
    const seedElements = elementsFromIds(fullest.nodes, fullest.edges);
    const floorDraws = [];
    for (let i = 0; i < options.runs; i++) floorDraws.push(await floorFirstDraw(browser, server.url, seedElements));
    log(
      `browser: first draw ${median(firstDraws.map((d) => d.ms)).toFixed(0)} ms (floor ${median(floorDraws).toFixed(0)} ms)`,
    );

    const seedApp: SeedAppFigure[] = [];
    for (const scenario of seedAppScenarios) {
      const figures = await scenario.run(browser, { app: seedAppUrl, benchPages: server.url }, log);
      for (const f of figures) log(`browser: ${scenario.name}: ${f.figure} ${f.ms.toFixed(0)} ms`);
      seedApp.push(...figures);
    }

    const layoutMs: BrowserResult['layoutMs'] = [];
    // 1,000 nodes only: a 5,000-node fcose layout, twice, takes a minute of the 15 on a busy machine.
    for (const nodes of [1000]) {
      const elements = benchElements(graph, nodes, nodes * 2);
      const times: Record<Side, number[]> = { showInApp: [], showInFloor: [] };
      for (let i = 0; i < options.layoutRuns; i++)
        for (const side of ['showInApp', 'showInFloor'] as const) {
          const { page, layoutMs: ms } = await show(browser, server.url, side, elements, 'fcose');
          times[side].push(ms);
          await page.context().close();
        }
      layoutMs.push({
        nodes: elements.nodes.length,
        edges: elements.edges.length,
        ours: median(times.showInApp),
        floor: median(times.showInFloor),
      });
      log(
        `browser: fcose layout of ${nodes} nodes ${median(times.showInApp).toFixed(0)} ms (floor ${median(times.showInFloor).toFixed(0)} ms)`,
      );
    }

    const { webglRenderer, frames, jsHeapBytes } = await frameTimes(browser, server.url, graph, options, log);
    return {
      firstLoadJsGzipBytes: { ours: ours.bytes, floor: libraries.bytes, files: ours.files },
      firstDrawMs: {
        ours: median(firstDraws.map((d) => d.ms)),
        floor: median(floorDraws),
        elements: seedElements.nodes.length + seedElements.edges.length,
      },
      seedApp,
      seedAppDescriptions: seedAppScenarios.map((scenario) => scenario.description),
      layoutMs,
      webglRenderer,
      frames,
      jsHeapBytes,
    };
  } finally {
    await browser.close();
    server.close();
    await rm(benchDist, { recursive: true, force: true });
  }
}
