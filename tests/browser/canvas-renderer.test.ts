import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NO_WEBGL_ARGS, SOFTWARE_WEBGL_ARGS } from '../support/chromium';
import { RENDERER_PREFERENCE_KEY, WEBGL_MIN_ELEMENTS } from '../../web/src/canvas/renderer';
import { openApp, pageProblems, poll, screenshot, useBrowser, type SharedBrowser } from './browser';
import { hubNeighbourhood, hubPath, serveHubNeighbourhood } from './hubGraph';

// WebGL here is SwiftShader's, on the CPU: where the GL is software the app keeps the 2D canvas
// unless told otherwise, so these tests ask for WebGL by the browser's renderer preference.
const withWebgl = useBrowser(SOFTWARE_WEBGL_ARGS);
const withoutWebgl = useBrowser(NO_WEBGL_ARGS);

/** About 3,600 elements: past the size from which the app draws with WebGL on a GPU. */
const LARGE = hubNeighbourhood(1200);
const drawnWith = (page: Page) => page.evaluate(() => window.__atlas!.renderer());

/** The app on the large hub graph, with a renderer preference (null: none), laid out and settled. */
async function openLarge(
  shared: SharedBrowser,
  preference: 'webgl' | 'canvas' | null,
  query = '',
  slice = LARGE,
): Promise<Page> {
  const page = await openApp(shared);
  await page.evaluate(
    ([key, value]) => (value === null ? localStorage.removeItem(key!) : localStorage.setItem(key!, value)),
    [RENDERER_PREFERENCE_KEY, preference] as const,
  );
  await serveHubNeighbourhood(page, slice);
  // The timeline layout spreads the nodes out by year, so labels and edges can be told apart.
  await page.goto(new URL(`${hubPath(slice)}&l=timeline${query}`, page.url()).toString());
  await page.waitForFunction((n) => (window.__atlas?.visibleNodeIds().length ?? 0) === n, slice.nodes.length, {
    timeout: 60_000,
  });
  // Laid out: no layout under way, and the nodes have stopped moving.
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await page.evaluate(() => window.__atlas!.positions()));
        const settled = now === last && (await page.locator('.layout-status').count()) === 0;
        last = now;
        return settled;
      },
      { timeout: 90_000, interval: 700 },
    )
    .toBe(true);
  return page;
}

/**
 * How many pixels of the graph canvas are not the background: the screenshot (what the compositor
 * shows, WebGL layer included) decoded by the page itself.
 */
async function drawnPixels(page: Page): Promise<number> {
  const png = (await page.getByTestId('graph-canvas').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const [r, g, b] = [pixels[0]!, pixels[1]!, pixels[2]!]; // the top-left corner is background
    let drawn = 0;
    for (let i = 0; i < pixels.length; i += 4)
      if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) > 48) drawn++;
    return drawn;
  }, png);
}

describe('canvas renderer', () => {
  it('draws a large graph with WebGL, labels readable when zoomed in', async () => {
    expect(LARGE.nodes.length + LARGE.edges.length).toBeGreaterThan(WEBGL_MIN_ELEMENTS);
    const page = await openLarge(withWebgl, 'webgl');
    await poll(() => drawnWith(page)).toBe('webgl');
    await screenshot(page, 'canvas-renderer-webgl-large');
    // Thousands of nodes and edges drawn, not an empty (or only cleared) WebGL layer.
    expect(await drawnPixels(page)).toBeGreaterThan(20_000);

    // Zoomed in far enough for labels (drawn from 7 px on, at zoom 0.64 for nodes): ×8.9 from the fit.
    await page.getByTestId('graph-canvas').focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press('+');
    await screenshot(page, 'canvas-renderer-webgl-labels');
    expect(await drawnPixels(page)).toBeGreaterThan(2_000);
    expect(pageProblems(page)).toEqual([]);
  });

  it('keeps positions, viewport and selection when the renderer changes', async () => {
    // Software GL and no preference: the app starts on the 2D canvas.
    const page = await openLarge(withWebgl, null, '&s=actor:n7');
    await screenshot(page, 'canvas-renderer-before-switch');
    expect(await drawnWith(page)).toBe('canvas');
    const before = await page.evaluate(() => ({
      positions: window.__atlas!.positions(),
      selected: window.__atlas!.selectedIds(),
    }));
    expect(before.selected).toEqual(['actor:n7']);

    // Told to draw with WebGL, the canvas takes it at its next render (here: a new year).
    await page.evaluate((key) => localStorage.setItem(key, 'webgl'), RENDERER_PREFERENCE_KEY);
    await page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('[data-testid=year-slider]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, '2010');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await poll(() => drawnWith(page)).toBe('webgl');
    await screenshot(page, 'canvas-renderer-after-switch');
    const after = await page.evaluate(() => ({
      positions: window.__atlas!.positions(),
      selected: window.__atlas!.selectedIds(),
    }));
    expect(after.positions).toEqual(before.positions);
    expect(after.selected).toEqual(['actor:n7']);
    expect(await drawnPixels(page)).toBeGreaterThan(20_000);
  });

  it('falls back to the 2D canvas when the WebGL context is lost', async () => {
    const page = await openLarge(withWebgl, 'webgl');
    expect(await drawnWith(page)).toBe('webgl');
    // As a GPU reset does: the page loses the context Cytoscape draws with.
    await page.evaluate(() => {
      const layer = document.querySelector<HTMLCanvasElement>('canvas[data-id$="-webgl"]')!;
      layer.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
    });
    await poll(() => drawnWith(page)).toBe('canvas');
    await screenshot(page, 'canvas-renderer-context-lost');
    expect(await drawnPixels(page)).toBeGreaterThan(20_000);
    expect(pageProblems(page)).toEqual([]);
  });

  it('falls back to the 2D canvas where the browser has no WebGL', async () => {
    const page = await openLarge(withoutWebgl, 'webgl');
    await screenshot(page, 'canvas-renderer-no-webgl');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2'))).toBeNull();
    expect(await drawnWith(page)).toBe('canvas');
    expect(await drawnPixels(page)).toBeGreaterThan(20_000);
    expect(pageProblems(page)).toEqual([]);
  });
});
