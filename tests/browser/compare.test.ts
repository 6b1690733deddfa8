import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, screenshot, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('compare frameworks', () => {
  it('shows the membership matrix of SEATO, ANZUS and the Quad, with overlaps, clickable into the graph', async () => {
    const page = await openApp(browser);
    await page.getByTestId('tab-compare').click();
    for (const name of ['SEATO', 'ANZUS', 'Quad']) {
      await page.getByRole('button', { name: `+ ${name}` }).click();
    }
    const matrix = page.getByTestId('compare-matrix');
    await poll(() => matrix.locator('thead th').count()).toBe(4);
    expect(await matrix.locator('thead th').allTextContents()).toEqual(['Actor', 'SEATO', 'ANZUS', 'Quad']);
    const australia = matrix.locator('tbody tr', { hasText: 'Australia' });
    expect(await australia.locator('td.member').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.overlaps li').count()).toBe(3);
    await screenshot(page, 'compare-three-frameworks');
    // A cell's citation opens the reader at the cited lines.
    await australia.locator('td.member .cell-citation').first().click();
    await page.locator('[data-testid=reader] .source-line.cited').first().waitFor();
    await page.getByTestId('reader').press('Escape');
    await page.getByTestId('evidence-drawer').waitFor({ state: 'detached' });

    await australia.locator('td.member button').first().click();
    await waitForNode(page, 'actor:australia');
    const selected = await page.evaluate(() => window.__atlas?.selectedIds() ?? []);
    expect(selected[0]).toMatch(/^actor:australia-\[\w+\]->framework:/);
    expect(new URL(page.url()).searchParams.get('cmp')).toBe('framework:seato,framework:anzus,framework:quad');
  });
});
