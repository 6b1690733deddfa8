import { describe, expect, it } from 'vitest';
import { focusBySearch, useBrowser, openApp, screenshot, visibleNodes, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('expand and undo', () => {
  it('expands a neighbour from the list view, then undoes and redoes it', async () => {
    const page = await openApp(browser);
    await focusBySearch(page, 'Quad', 'framework:quad');
    await waitForNode(page, 'actor:japan');
    const before = (await visibleNodes(page)).sort();

    await page.getByTestId('tab-table').click();
    await page.locator('[data-testid=node-table] tr[data-id="actor:japan"] button', { hasText: 'Expand' }).click();
    await poll(async () => (await visibleNodes(page)).length).toBeGreaterThan(before.length);
    await poll(() => page.getByTestId('graph-loading').count()).toBe(0);
    const expanded = (await visibleNodes(page)).sort();
    // Japan is now marked as expanded, with its hidden relations cued.
    expect(await page.evaluate(() => window.__atlas?.label('actor:japan'))).toMatch(/^Japan/);
    await screenshot(page, 'expand-japan');

    await page.getByTestId('undo').click();
    await poll(async () => (await visibleNodes(page)).sort()).toEqual(before);
    await page.getByTestId('redo').click();
    await poll(async () => (await visibleNodes(page)).sort()).toEqual(expanded);
    // Keyboard shortcut for undo works too when focus is not in a text field.
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Control+z');
    await poll(async () => (await visibleNodes(page)).sort()).toEqual(before);
  });

  it('shows "+N more" on an expansion cut by its limit, and shows more on request', async () => {
    const page = await openApp(browser, '/?n=actor:japan&x=actor:japan~~5&s=actor:japan');
    await waitForNode(page, 'actor:japan');
    const label = await page.evaluate(() => window.__atlas?.label('actor:japan'));
    expect(label).toMatch(/\+\d+$/);
    const count = (await visibleNodes(page)).length;
    await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
    await poll(async () => (await visibleNodes(page)).length).toBeGreaterThan(count);
  });
});
