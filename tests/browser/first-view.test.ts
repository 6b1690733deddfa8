import { describe, expect, it } from 'vitest';
import { OVERVIEW_IDS } from '../../web/src/view/overview';
import { useBrowser, openApp, poll, screenshot, visibleNodes, waitForNode } from './browser';

const browser = useBrowser();

describe('first view', () => {
  it('a bare link draws the frameworks of the atlas with a summary of what it covers, and its address then holds that picture', async () => {
    const page = await openApp(browser, '/');
    await waitForNode(page, 'framework:quad');
    const shown = await visibleNodes(page);
    for (const id of ['actor:nato', 'framework:seato', 'framework:asean', 'framework:ip4', 'actor:japan']) {
      expect(shown).toContain(id);
    }
    expect(shown.every((id) => OVERVIEW_IDS.includes(id))).toBe(true);
    expect((await page.evaluate(() => window.__atlas?.visibleEdgeIds().length)) ?? 0).toBeGreaterThan(10);
    // Counts and years come from the API, not from the page.
    const atlas = (await (
      await fetch(new URL('/graphql', page.url()), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ atlas { entityCount relationCount minYear maxYear } sources { id } }' }),
      })
    ).json()) as {
      data: {
        atlas: { entityCount: number; relationCount: number; minYear: number; maxYear: number };
        sources: unknown[];
      };
    };
    const { entityCount, relationCount, minYear, maxYear } = atlas.data.atlas;
    await poll(() => page.getByTestId('atlas-summary').textContent()).toBe(
      `${atlas.data.sources.length} documents · ${entityCount} entities · ${relationCount} relations · ${minYear}–${maxYear}`,
    );
    expect(await page.getByTestId('main-search').isVisible()).toBe(true);
    // Once laid out, the address holds the overview's own nodes and their placement, so a copied
    // link opens this picture (the force-directed layout is randomised); never another view.
    await poll(() => new URL(page.url()).searchParams.has('vp')).toBe(true);
    expect(new URL(page.url()).searchParams.get('n')?.split(',')).toEqual(OVERVIEW_IDS);
    await screenshot(page, 'first-view-overview');
  });

  it('a shared link opens exactly its own view, and n= an empty canvas', async () => {
    const page = await openApp(browser, '/?n=framework:anzus');
    await waitForNode(page, 'framework:anzus');
    expect(await visibleNodes(page)).toEqual(['framework:anzus']);
    expect(await page.getByTestId('overview').count()).toBe(0);

    const empty = await openApp(browser, '/?n=');
    await empty.getByTestId('empty-state').waitFor();
    expect(await visibleNodes(empty)).toEqual([]);
  });
});
