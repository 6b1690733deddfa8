import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusBySearch, useBrowser, openApp, screenshot, waitForNode } from './browser';

const browser = useBrowser();

/** Positions of the shown nodes once the layout has ended and nothing moves any more. */
async function settledLayout(page: Page): Promise<{ positions: [number, number][]; sizes: number[] }> {
  await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    await page.waitForTimeout(300);
    const now = JSON.stringify(await page.evaluate(() => window.__atlas?.positions()));
    if (now === last && (await page.locator('.layout-status').count()) === 0) break;
    last = now;
  }
  return page.evaluate(() => {
    const probe = window.__atlas!;
    const shown = probe.visibleNodeIds();
    const positions = probe.positions();
    const sizes = probe.sizes();
    return {
      positions: shown.map((id): [number, number] => [positions[id]!.x, positions[id]!.y]),
      sizes: shown.map((id) => sizes[id]!),
    };
  });
}

/**
 * The spread of the points along their narrowest direction over that along their widest (the
 * square root of the covariance's eigenvalue ratio): 0 for points on one line, 1 for a round cloud.
 */
function flatness(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2 / n;
    syy += (y - my) ** 2 / n;
    sxy += ((x - mx) * (y - my)) / n;
  }
  const mean = (sxx + syy) / 2;
  const root = Math.sqrt(((sxx - syy) / 2) ** 2 + sxy ** 2);
  return Math.sqrt(Math.max(mean - root, 0) / Math.max(mean + root, 1e-9));
}

/** Pairs of nodes whose discs overlap. */
function overlaps({ positions, sizes }: { positions: [number, number][]; sizes: number[] }): number {
  let count = 0;
  for (let i = 0; i < positions.length; i += 1) {
    for (let j = i + 1; j < positions.length; j += 1) {
      const [a, b] = [positions[i]!, positions[j]!];
      if (Math.hypot(a[0] - b[0], a[1] - b[1]) < (sizes[i]! + sizes[j]!) / 2 - 1) count += 1;
    }
  }
  return count;
}

async function expectSpread(page: Page): Promise<void> {
  const layout = await settledLayout(page);
  expect(layout.positions.length).toBeGreaterThan(3);
  expect(flatness(layout.positions)).toBeGreaterThan(0.2);
  expect(overlaps(layout)).toBe(0);
}

describe('layouts that hold', () => {
  it('stays two-dimensional when ANZUS joins SEATO', async () => {
    const page = await openApp(browser);
    await focusBySearch(page, 'SEATO', 'framework:seato');
    await expectSpread(page);
    await focusBySearch(page, 'ANZUS', 'framework:anzus');
    await expectSpread(page);
    await screenshot(page, 'layout-seato-anzus');
  });

  it('stays two-dimensional when FPDA and ANZUS join SEATO, the Quad and ASEAN', async () => {
    const page = await openApp(browser);
    for (const [text, id] of [
      ['SEATO', 'framework:seato'],
      ['Quad', 'framework:quad'],
      ['ASEAN', 'framework:asean'],
      ['FPDA', 'framework:fpda'],
      ['ANZUS', 'framework:anzus'],
    ] as const) {
      await focusBySearch(page, text, id);
      await expectSpread(page);
    }
    await screenshot(page, 'layout-seato-quad-asean-fpda-anzus');
  });

  it('stays two-dimensional when a trace brings the Quad to SEATO', async () => {
    const page = await openApp(browser);
    await focusBySearch(page, 'SEATO', 'framework:seato');
    await expectSpread(page);
    await page.getByTestId('tab-trace').click();
    await page.getByTestId('trace-from').fill('SEATO');
    await page.locator('[role=option][data-entity-id="framework:seato"]').click();
    await page.getByTestId('trace-to').fill('Quad');
    await page.locator('[role=option][data-entity-id="framework:quad"]').click();
    await page.getByRole('button', { name: 'Find paths' }).click();
    await waitForNode(page, 'framework:quad');
    await expectSpread(page);
    await screenshot(page, 'layout-seato-trace-quad');
  });

  it('moves nodes and camera in one animation, and not at all under reduced motion', async () => {
    /** Each node's distinct places on screen, frame by frame, from the click on Expand until the layout ended. */
    const placesWhileExpanding = async (page: Page): Promise<number[]> => {
      await waitForNode(page, 'actor:nato');
      await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
      await page.evaluate(() => {
        const seen: Record<string, Set<string>> = {};
        const w = window as unknown as { __places: typeof seen; __recording: boolean };
        w.__places = seen;
        w.__recording = true;
        const frame = () => {
          for (const [id, p] of Object.entries(window.__atlas!.renderedPositions()))
            (seen[id] ??= new Set()).add(`${p.x},${p.y}`);
          if (w.__recording) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.getByTestId('expand-button').click();
      await page.waitForFunction(() => window.__atlas!.nodeIds().length > 1, null, { timeout: 60_000 });
      await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
      // Two more frames: the layout's last one is recorded.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      return page.evaluate(() => {
        const w = window as unknown as { __places: Record<string, Set<string>>; __recording: boolean };
        w.__recording = false;
        return Object.values(w.__places).map((places) => places.size);
      });
    };
    const still = await openApp(browser, '/?n=actor:nato&s=actor:nato', { reducedMotion: 'reduce' });
    const stillPlaces = await placesWhileExpanding(still);
    expect(stillPlaces.length).toBeGreaterThan(10);
    // Where it was put first (next to NATO), where the layout put it, and at most one camera move.
    expect(Math.max(...stillPlaces)).toBeLessThanOrEqual(3);
    await screenshot(still, 'expand-nato-reduced-motion');

    const moving = await openApp(browser, '/?n=actor:nato&s=actor:nato', { reducedMotion: 'no-preference' });
    const movingPlaces = await placesWhileExpanding(moving);
    // The nodes glide from next to NATO to their places, frame by frame.
    expect(Math.max(...movingPlaces)).toBeGreaterThan(3);
    await expectSpread(moving);
  });
});
