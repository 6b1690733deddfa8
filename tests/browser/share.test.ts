import { describe, expect, it } from 'vitest';
import { focusBySearch, useBrowser, openApp, screenshot, visibleNodes, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('shared links', () => {
  it('a copied URL reproduces the same view in a new browser', async () => {
    const page = await openApp(browser);
    await focusBySearch(page, 'Quad', 'framework:quad');
    await page.getByTestId('tab-table').click();
    await page.locator('[data-testid=node-table] tr[data-id="actor:japan"] button', { hasText: 'Expand' }).click();
    await waitForNode(page, 'actor:japan');
    await poll(() => page.getByTestId('graph-loading').count()).toBe(0);
    await page.locator('#layout-select').selectOption('concentric');
    await page.getByTestId('year-slider').fill('2015');
    await page.locator('[data-testid=node-table] tr[data-id="actor:japan"] th button').click();
    const url = page.url();
    const nodes = (await visibleNodes(page)).sort();
    await screenshot(page, 'share-original');

    const copy = await openApp(browser, url.replace(/^https?:\/\/[^/]+/, ''));
    await waitForNode(copy, 'actor:japan');
    await poll(async () => (await visibleNodes(copy)).sort()).toEqual(nodes);
    expect(await copy.evaluate(() => window.__atlas?.selectedIds())).toEqual(['actor:japan']);
    expect(await copy.getByTestId('year-value').textContent()).toBe('2015');
    expect(await copy.locator('#layout-select').inputValue()).toBe('concentric');
    expect(await copy.getByTestId('details-title').textContent()).toContain('Japan');
    await screenshot(copy, 'share-reopened');
  });
});
