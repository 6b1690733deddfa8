/** The explorer with the keyboard only: skip links, moving between neighbours, details, the List and the tabs. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, poll, screenshot, waitForNode } from './browser';

const browser = useBrowser();

const VIEW = '/?n=framework:seato&x=framework:seato~~25';

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const selectedId = (page: Page) => page.evaluate(() => window.__atlas?.selectedIds()[0] ?? null);

async function openView(page: Page): Promise<void> {
  await page.goto(new URL(VIEW, page.url()).toString());
  await waitForNode(page, 'actor:united-states');
  await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
}

describe('keyboard', () => {
  it('reaches the graph by a skip link, moves between neighbours with the arrows, reads the details with Enter', async () => {
    const page = await openApp(browser);
    await openView(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to graph');
    await page.keyboard.press('Enter');
    await poll(() => activeId(page)).toBe('graph-canvas');

    await page.keyboard.press('ArrowRight');
    await poll(() => selectedId(page)).not.toBeNull();
    const first = (await selectedId(page))!;
    await page.keyboard.press('ArrowRight');
    await poll(() => selectedId(page)).not.toBe(first);
    const second = (await selectedId(page))!;
    const { positions, edges } = await page.evaluate(() => ({
      positions: window.__atlas!.positions(),
      edges: window.__atlas!.edgeIds(),
    }));
    // To the right of where it was, and a neighbour when the first had one that way.
    expect(positions[second]!.x).toBeGreaterThan(positions[first]!.x);
    const linked = edges.some((e) => e.includes(first) && e.includes(second));
    const rightNeighbour = edges.some((e) => {
      const other = e.includes(first) ? Object.keys(positions).find((id) => id !== first && e.includes(id)) : undefined;
      return other !== undefined && positions[other]!.x > positions[first]!.x;
    });
    expect(linked || !rightNeighbour).toBe(true);
    const name = (await page.evaluate((id) => window.__atlas?.label(id), second))!;
    await poll(() => page.getByTestId('announcer').textContent()).toContain('selected');

    await page.keyboard.press('Escape');
    await poll(() => selectedId(page)).toBeNull();
    await page.keyboard.press('ArrowLeft');
    await poll(() => selectedId(page)).not.toBeNull();
    const chosen = (await selectedId(page))!;
    await page.keyboard.press('Enter');
    await poll(() => activeId(page)).toBe('side-panel-body');
    await poll(() => page.getByTestId('details-title').textContent()).toBeTruthy();
    expect(new URL(page.url()).searchParams.get('s')).toBe(chosen);
    expect(name.length).toBeGreaterThan(0);
    await screenshot(page, 'keyboard-details');
  });

  it('chooses from the List without losing the focus, and moves between tabs with the arrow keys', async () => {
    const page = await openApp(browser);
    await openView(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to list');
    await page.keyboard.press('Enter');
    await poll(() => activeId(page)).toBe('side-panel-body');
    expect(await page.getByTestId('tab-table').getAttribute('aria-selected')).toBe('true');

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    await poll(() => selectedId(page)).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(focused);
    expect(await page.getByTestId('tab-table').getAttribute('aria-selected')).toBe('true');

    await page.getByTestId('tab-table').focus();
    await page.keyboard.press('ArrowRight');
    await poll(() => activeId(page)).toBe('tab-console');
    expect(await page.getByTestId('tab-console').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await poll(() => activeId(page)).toBe('tab-details');
    await page.keyboard.press('ArrowLeft');
    await poll(() => activeId(page)).toBe('tab-console');
    // One Tab stop for the whole tab list.
    expect(await page.locator('[role=tab][tabindex="0"]').count()).toBe(1);
  });
});
