/** Paths that mean something: ranked by their hops, summed up, filtered, paged, dated and cited. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openApp, poll, screenshot, waitForNode } from './browser';

const browser = useBrowser();

const TRACE = '/?p=trace&tr=framework:seato~framework:quad~4~0~~5';

/** Each listed path as "entity relation entity …", read from the panel. */
const routes = (page: Page): Promise<string[]> =>
  page
    .locator('[data-testid=trace-paths] > li')
    .evaluateAll((items) =>
      items.map((li) =>
        [...li.querySelectorAll('.hop')]
          .map((hop) => [...hop.querySelectorAll('button:not(.cite)')].map((b) => b.textContent?.trim()).join(' '))
          .join(' | '),
      ),
    );

async function openTrace(page: Page, query = TRACE): Promise<void> {
  await page.goto(new URL(query, page.url()).toString());
  await page.locator('[data-testid=trace-paths] > li').first().waitFor({ timeout: 60_000 });
  await waitForNode(page, 'framework:quad');
}

describe('paths', () => {
  it('lists SEATO → US → Quad before the comparisons with NATO, says why, and sums up the shared members', async () => {
    const page = await openApp(browser);
    await openTrace(page, TRACE.replace(/~5$/, '~30'));
    const listed = await routes(page);
    const viaUs = listed.indexOf('SEATO ← member of — US | US — member of → Quad');
    const viaNato = listed.findIndex((r) => /^SEATO . compared to . NATO \| NATO . compared to . Quad$/.test(r));
    expect(viaUs).toBeGreaterThanOrEqual(0);
    expect(viaNato).toBeGreaterThan(viaUs);
    await expect
      .soft(page.getByTestId('trace-ranking').textContent())
      .resolves.toMatch(/Ranked by what the links mean/);
    expect(await page.getByTestId('trace-summary').textContent()).toMatch(
      /^SEATO and Quad share US and Australia as members\.$/,
    );
    expect(await page.getByTestId('path-sentence').first().textContent()).toMatch(/both have .* as a member\./);
    // The seed has no entity with 1,000 relations: no hub warning although more paths exist.
    expect(await page.getByText(/through a hub/).count()).toBe(0);
    await screenshot(page, 'paths-ranked-seato-quad');
  });

  it('pages through more paths, leaves out weak links in one click, and back', async () => {
    const page = await openApp(browser);
    await openTrace(page);
    const paths = page.locator('[data-testid=trace-paths] > li');
    expect(await paths.count()).toBe(5);
    await page.getByTestId('trace-more').click();
    await poll(() => paths.count()).toBeGreaterThan(5);
    expect(new URL(page.url()).searchParams.get('tr')).toMatch(/~10$/);
    // All 30: the weak paths come last.
    await openTrace(page, TRACE.replace(/~5$/, '~30'));

    expect(
      await page.locator('[data-testid=trace-paths] [data-weak-hops]:not([data-weak-hops="0"])').count(),
    ).toBeGreaterThan(0);
    await page.getByTestId('trace-exclude-weak').click();
    await poll(() => page.locator('[data-testid=trace-paths] > li').count()).toBeGreaterThan(0);
    await poll(() => page.locator('.hop.weak').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('tr')).toContain('MEMBER_OF');
    expect(new URL(page.url()).searchParams.get('tr')).not.toContain('COMPARED_TO');
    await screenshot(page, 'paths-without-weak-links');
    await page.getByRole('button', { name: 'Include weak links again' }).click();
    await poll(() => page.locator('.hop.weak').count()).toBeGreaterThan(0);
  });

  it('shows each hop with its dates and opens a hop citation in the reader', async () => {
    const page = await openApp(browser);
    await openTrace(page);
    const dates = await page.getByTestId('hop-dates').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.some((d) => /\d{4}/.test(d))).toBe(true);
    await page.locator('[data-testid=trace-paths] [data-testid=citation-link]').first().click();
    await page.locator('[data-testid=reader] .source-line.cited').first().waitFor();
    await screenshot(page, 'paths-citation-in-reader');
  });

  it('sums up a path in Japanese', async () => {
    const page = await openApp(browser, '/', { locale: 'ja-JP' });
    await openTrace(page);
    expect(await page.getByTestId('trace-summary').textContent()).toMatch(/を共通の構成員とする。$/);
    expect(await page.getByTestId('trace-ranking').textContent()).toMatch(/関係の意味で順位付け/);
  });
});
