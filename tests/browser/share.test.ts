import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
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
    // Chosen from the List, which stays open (and keeps the focus); the details are one tab away.
    expect(await copy.getByTestId('tab-table').getAttribute('aria-selected')).toBe('true');
    await copy.getByTestId('tab-details').click();
    expect(await copy.getByTestId('details-title').textContent()).toContain('Japan');
    await screenshot(copy, 'share-reopened');
  });

  it('reproduces positions within 5 px, zoom, pan, the open tab and the language', async () => {
    const page = await openApp(browser, '/', { locale: 'ja-JP' });
    await page.goto(new URL('/?n=framework:seato&x=framework:seato~~25&p=table', page.url()).toString());
    await waitForNode(page, 'actor:united-states');
    await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
    await page.getByTestId('zoom-in').click();
    await poll(() => new URL(page.url()).searchParams.get('vp')).toBeTruthy();
    await page.waitForTimeout(600); // the zoom animation and the quiet time before the URL is written
    const url = page.url();
    const rendered = (p: Page) =>
      p.evaluate(() => ({ positions: window.__atlas!.renderedPositions(), zoom: window.__atlas!.zoom() }));
    const original = await rendered(page);
    expect(new URL(url).searchParams.get('lang')).toBe('ja');
    await screenshot(page, 'share-placed-original');

    const copy = await openApp(browser, url.replace(/^https?:\/\/[^/]+/, ''));
    await waitForNode(copy, 'actor:united-states');
    await poll(async () => Object.keys((await rendered(copy)).positions).length).toBe(
      Object.keys(original.positions).length,
    );
    await copy.waitForTimeout(600);
    const reopened = await rendered(copy);
    expect(reopened.zoom).toBeCloseTo(original.zoom, 2);
    for (const [id, at] of Object.entries(original.positions)) {
      const there = reopened.positions[id]!;
      expect({ id, dx: Math.abs(there.x - at.x) <= 5, dy: Math.abs(there.y - at.y) <= 5 }).toEqual({
        id,
        dx: true,
        dy: true,
      });
    }
    expect(await copy.getByTestId('tab-table').getAttribute('aria-selected')).toBe('true');
    expect(await copy.evaluate(() => document.documentElement.lang)).toBe('ja');
    await screenshot(copy, 'share-placed-reopened');
  });

  it('says which part of a bad link it could not read', async () => {
    const page = await openApp(browser, '/?n=framework:quad,<oops>&l=spiral&y=soon');
    const notice = page.getByTestId('link-problems');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('n=<oops>');
    expect(text).toContain('l=spiral');
    expect(text).toContain('y=soon');
    await waitForNode(page, 'framework:quad');
    await screenshot(page, 'share-bad-link');
  });

  it('a link with the trace tab open restores the trace and its chosen path; a bad path is named', async () => {
    const tr = 'framework:seato~framework:quad~4~0~~5';
    const ranked = await tracePaths('framework:seato', 'framework:quad', 4, 5);
    expect(ranked.length).toBeGreaterThan(1);
    const page = await openApp(browser, `/?p=trace&tr=${tr}&tp=1`);
    expect(await page.getByTestId('tab-trace').getAttribute('aria-selected')).toBe('true');
    const paths = page.locator('[data-testid=trace-paths] > li');
    await paths.nth(1).waitFor({ timeout: 60_000 });
    await waitForNode(page, 'framework:quad');
    // The form is the trace's: its two ends chosen.
    expect(await page.locator('.trace-form .entity-chip').allTextContents()).toEqual([
      expect.stringContaining('SEATO'),
      expect.stringContaining('Quad'),
    ]);
    expect(await paths.nth(1).getAttribute('class')).toContain('chosen-path');
    expect(await paths.nth(1).getByTestId('trace-choose').getAttribute('aria-pressed')).toBe('true');
    // On the canvas, the chosen path alone is highlighted.
    const traced = (ids: string[]) =>
      page.evaluate((all) => all.filter((id) => window.__atlas?.hasClass(id, 'traced')), ids);
    const everything = [...new Set(ranked.flatMap((p) => [...p.nodes, ...p.edges]))];
    const chosen = [...ranked[1]!.nodes, ...ranked[1]!.edges];
    await poll(async () => (await traced(everything)).sort()).toEqual([...chosen].sort());
    await screenshot(page, 'share-trace-chosen-path');

    // Choosing another path is in the link at once; "all paths" takes it out.
    await paths.nth(0).getByTestId('trace-choose').click();
    await poll(() => new URL(page.url()).searchParams.get('tp')).toBe('0');
    await paths.nth(0).getByTestId('trace-choose').click();
    await page.mouse.move(5, 5);
    await poll(() => new URL(page.url()).searchParams.has('tp')).toBe(false);
    await poll(async () => (await traced(everything)).length).toBe(everything.length);

    const bad = await openApp(browser, `/?p=trace&tr=${tr}&tp=7`);
    await bad.getByTestId('link-problems').waitFor();
    expect(await bad.getByTestId('link-problems').textContent()).toContain('tp=7');
    await bad.locator('[data-testid=trace-paths] > li').first().waitFor({ timeout: 60_000 });
  });
});

/** The ranked paths the API gives for a trace, as node and relation ids. */
async function tracePaths(from: string, to: string, maxHops: number, first: number) {
  const response = await fetch(new URL('graphql', inject('appUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
        trace(from: $from, to: $to, maxHops: $maxHops, first: $first) { paths { nodes { id } edges { id } } } }`,
      variables: { from, to, maxHops, first },
    }),
  });
  const body = (await response.json()) as {
    data: { trace: { paths: { nodes: { id: string }[]; edges: { id: string }[] }[] } };
  };
  return body.data.trace.paths.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => e.id) }));
}
