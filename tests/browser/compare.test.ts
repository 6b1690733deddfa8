import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, screenshot, waitForNode, poll, visibleEdges, visibleNodes } from './browser';

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

  it('draws the comparison on the canvas as of the chosen year; a country comes with its memberships', async () => {
    const page = await openApp(browser, '/?y=1970&p=compare&cmp=framework:seato,framework:asean');
    const matrix = page.getByTestId('compare-matrix');
    await matrix.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('compare-as-of').textContent()).toBe('As of: 1970');
    // The server answers as of 1970: ASEAN's founders, not those who joined from 1984 on.
    const in1970 = await memberships(page);
    expect(in1970.has('actor:thailand')).toBe(true);
    expect(in1970.get('actor:indonesia')).toEqual(['framework:asean']);
    for (const later of ['actor:brunei', 'actor:vietnam', 'actor:cambodia']) expect(in1970.has(later)).toBe(false);

    // A country, with its relations to the frameworks it belongs to.
    await matrix.locator('tr[data-actor-id="actor:thailand"] th button').click();
    await waitForNode(page, 'actor:thailand');
    await poll(() => visibleNodes(page)).toEqual(
      expect.arrayContaining(['actor:thailand', 'framework:seato', 'framework:asean']),
    );
    for (const framework of in1970.get('actor:thailand')!)
      await poll(async () =>
        (await visibleEdges(page)).some((id) => isMembership(id, 'actor:thailand', framework)),
      ).toBe(true);

    // Everything compared, in one action: each framework and member, each membership drawn.
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-draw').click();
    for (const actor of in1970.keys()) await waitForNode(page, actor);
    const edges = await visibleEdges(page);
    for (const [actor, frameworks] of in1970)
      for (const framework of frameworks)
        expect({ actor, framework, drawn: edges.some((id) => isMembership(id, actor, framework)) }).toEqual({
          actor,
          framework,
          drawn: true,
        });
    expect(await page.getByTestId('compare-matrix').isVisible()).toBe(true);
    await screenshot(page, 'compare-drawn-1970');

    // All years: the later members join the matrix, and the note of the year goes.
    await page.getByTestId('all-years').click();
    await poll(async () => (await memberships(page)).has('actor:vietnam')).toBe(true);
    expect(await page.getByTestId('compare-as-of').count()).toBe(0);
  });
});

/** The matrix as shown: each actor and the frameworks it has a membership-like relation to. */
async function memberships(page: Page): Promise<Map<string, string[]>> {
  const rows = await page
    .locator('[data-testid=compare-matrix] tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-actor-id')!,
        [...tr.querySelectorAll('td.member')].map((td) => td.getAttribute('data-framework-id')!),
      ]),
    );
  return new Map(rows as [string, string[]][]);
}

/** A relation from the actor to the framework (relation ids read `from-[TYPE]->to`). */
const isMembership = (edgeId: string, actor: string, framework: string): boolean =>
  edgeId.startsWith(`${actor}-[`) && edgeId.endsWith(`]->${framework}`);
