import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusBySearch, openApp, poll, screenshot, useBrowser, visibleNodes, waitForNode } from './browser';

const browser = useBrowser();

/** Waits until the layout has ended and the labels have been worked out for the settled view. */
async function settled(page: Page): Promise<void> {
  await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
  let last = '';
  for (let i = 0; i < 50; i += 1) {
    await page.waitForTimeout(400);
    const now = JSON.stringify(
      await page.evaluate(() => [window.__atlas?.renderedPositions(), window.__atlas?.labelBoxes()]),
    );
    if (now === last) return;
    last = now;
  }
}

const groupsOf = (page: Page) => page.evaluate(() => window.__atlas?.groups() ?? {});

/** Pairs of drawn node labels whose boxes overlap. */
async function labelCollisions(page: Page): Promise<string[]> {
  const boxes = await page.evaluate(() => window.__atlas!.labelBoxes());
  const entries = Object.entries(boxes);
  const pairs: string[] = [];
  for (let i = 0; i < entries.length; i += 1)
    for (let j = i + 1; j < entries.length; j += 1) {
      const [[a, p], [b, q]] = [entries[i]!, entries[j]!];
      if (p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) pairs.push(`${a} × ${b}`);
    }
  return pairs;
}

/** Clicks a node where it is drawn. */
async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => window.__atlas!.renderedPositions()[nodeId], id);
  const canvas = await page.getByTestId('graph-canvas').boundingBox();
  await page.mouse.click(canvas!.x + at!.x, canvas!.y + at!.y);
}

describe('reading the canvas', () => {
  it('an expansion draws many neighbours of one sub-type as a group node that opens and closes, by mouse and keyboard', async () => {
    const page = await openApp(browser);
    await focusBySearch(page, 'NATO', 'actor:nato');
    await poll(() => groupsOf(page).then((found) => Object.keys(found).length)).toBeGreaterThan(0);
    await settled(page);
    const groups = await groupsOf(page);
    const [groupId, count] = Object.entries(groups)[0] ?? [];
    expect(groupId).toBeDefined();
    expect(count).toBeGreaterThan(12);
    expect(await page.evaluate((id) => window.__atlas!.label(id), groupId!)).toBe(`${count} countries`);
    const grouped = (await visibleNodes(page)).length;
    await screenshot(page, 'group-nato');

    // Clicking the group draws its members instead.
    await clickNode(page, groupId!);
    await poll(() => visibleNodes(page).then((ids) => ids.length)).toBe(grouped - 1 + count!);
    expect(await groupsOf(page)).not.toHaveProperty(groupId!);
    expect(new URL(page.url()).searchParams.get('g')).toBe(groupId!.replace(/^group:/, ''));
    await settled(page);
    await screenshot(page, 'group-nato-open');

    // Its owner's details group them again.
    await page.getByTestId('tab-details').click();
    await page.getByTestId('close-group').click();
    await poll(() => groupsOf(page)).toHaveProperty(groupId!, count);

    // By keyboard: a selected group node opens with Enter and the focus stays on the canvas.
    await page.goto(
      `${new URL(page.url()).origin}/?${new URLSearchParams({ n: 'actor:nato', x: 'actor:nato~~25', s: groupId! })}`,
    );
    await waitForNode(page, 'actor:nato');
    await poll(() => groupsOf(page)).toHaveProperty(groupId!, count);
    await page
      .getByTestId('details-title')
      .filter({ hasText: `${count} countries of NATO` })
      .waitFor();
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Enter');
    await poll(() => groupsOf(page)).not.toHaveProperty(groupId!);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    expect(await page.evaluate(() => window.__atlas!.selectedIds())).toEqual(['actor:nato']);
    await page.keyboard.press('ArrowRight');
    await poll(() => page.evaluate(() => window.__atlas!.selectedIds()[0])).not.toBe('actor:nato');
  });

  it('no two drawn labels overlap in the NATO neighbourhood at the fitted zoom, and the selected one is drawn', async () => {
    const page = await openApp(browser);
    await focusBySearch(page, 'NATO', 'actor:nato');
    await poll(() => groupsOf(page).then((found) => Object.keys(found).length)).toBeGreaterThan(0);
    await settled(page);
    const groupId = Object.keys(await groupsOf(page))[0]!;
    // The group opened: more labels to keep apart.
    await clickNode(page, groupId);
    await poll(() => groupsOf(page)).not.toHaveProperty(groupId);
    await settled(page);
    const boxes = await page.evaluate(() => window.__atlas!.labelBoxes());
    expect(Object.keys(boxes).length).toBeGreaterThan(10);
    expect(boxes).toHaveProperty('actor:nato');
    expect(await labelCollisions(page)).toEqual([]);
    await screenshot(page, 'labels-nato-open');

    // Another node chosen: its label is drawn, whatever it collided with.
    const other = (await visibleNodes(page)).find((id) => id !== 'actor:nato' && !(id in boxes))!;
    await clickNode(page, other);
    await settled(page);
    expect(await page.evaluate(() => window.__atlas!.labelBoxes())).toHaveProperty(other);
    expect(await labelCollisions(page)).toEqual([]);
  });

  it('the overview draws the label of every framework it shows, and no two labels overlap', async () => {
    const page = await openApp(browser, '/');
    await waitForNode(page, 'framework:quad');
    await settled(page);
    const boxes = await page.evaluate(() => window.__atlas!.labelBoxes());
    const frameworks = (await visibleNodes(page)).filter((id) => id.startsWith('framework:'));
    expect(frameworks.length).toBeGreaterThanOrEqual(7);
    expect(frameworks.filter((id) => !(id in boxes))).toEqual([]);
    expect(await labelCollisions(page)).toEqual([]);
    await screenshot(page, 'labels-overview');
  });

  it('after a fit the legend and the minimap cover no node', async () => {
    const page = await openApp(browser, '/');
    await waitForNode(page, 'framework:quad');
    await settled(page);
    const covered = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=graph-canvas]')!.getBoundingClientRect();
      const overlays = [...document.querySelectorAll('.legend, .minimap')].map((el) => el.getBoundingClientRect());
      const positions = window.__atlas!.renderedPositions();
      return Object.entries(positions)
        .filter(([, p]) =>
          overlays.some((r) => {
            const [x, y] = [canvas.left + p.x, canvas.top + p.y];
            return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
          }),
        )
        .map(([id]) => id);
    });
    expect(covered).toEqual([]);
    expect(await page.locator('.minimap').count()).toBe(1);
  });

  for (const [width, height, locale] of [
    [1024, 768, 'en-GB'],
    [1280, 720, 'en-GB'],
    [1280, 720, 'ja-JP'],
    [1440, 900, 'en-GB'],
    [1920, 1080, 'en-GB'],
  ] as const) {
    it(`at ${width}×${height} (${locale}) the header is one row, every tab is in view and clickable, and the canvas keeps half the width`, async () => {
      const page = await openApp(browser, '/', { locale });
      await page.setViewportSize({ width, height });
      await waitForNode(page, 'framework:quad');
      const header = await page.locator('.app-header').boundingBox();
      const rows = await page.evaluate(() => {
        const header = document.querySelector('.app-header')!;
        // Its parts are centred on one line; a wrapped header would put one below the others.
        const middles = [...header.children].map((child) => {
          const box = child.getBoundingClientRect();
          return (box.top + box.bottom) / 2;
        });
        return Math.max(...middles) - Math.min(...middles) < 8 ? 1 : 2;
      });
      expect(rows).toBe(1);
      expect(header!.height).toBeLessThan(64);
      for (const tab of ['details', 'trace', 'compare', 'table', 'console']) {
        const box = (await page.getByTestId(`tab-${tab}`).boundingBox())!;
        const panel = (await page.locator('.side-panel').boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        // Its label whole, not cut short with an ellipsis.
        expect(await page.getByTestId(`tab-${tab}`).evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        await page.getByTestId(`tab-${tab}`).click();
        await poll(() => page.getByTestId(`tab-${tab}`).getAttribute('aria-selected')).toBe('true');
        const canvas = (await page.locator('.canvas-area').boundingBox())!;
        expect(canvas.width).toBeGreaterThanOrEqual(width * 0.5 - 1);
      }
      // The console's editor and its result both in view in the panel, stacked where it is narrow.
      const panel = (await page.locator('.side-panel').boundingBox())!;
      for (const part of ['.graphiql-editors', '.graphiql-response']) {
        const box = (await page.locator(part).boundingBox())!;
        expect(box.width).toBeGreaterThan(250);
        expect(box.height).toBeGreaterThan(150);
        expect(box.x).toBeGreaterThanOrEqual(panel.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
        expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
      }
      await screenshot(page, `responsive-${width}-${locale}-console`);
      await page.getByTestId('tab-details').click();
      await screenshot(page, `responsive-${width}-${locale}`);
    });
  }
});
