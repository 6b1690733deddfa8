import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fitLabel } from '../../web/src/canvas/elements';
import { focusBySearch, useBrowser, openApp, pageProblems, screenshot, poll, GRAPHQL_ROUTE } from './browser';

const browser = useBrowser();

const HOSTILE_NAME = '<img src=x onerror="window.__injected=1"><b>Quad</b>';

/** Rewrites every Quad in every API answer so that its names are markup. */
function withHostileNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withHostileNames);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).map(([key, inner]) => [key, withHostileNames(inner)]);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  if (object.id === 'framework:quad' && 'name' in object) {
    Object.assign(object, { name: HOSTILE_NAME, nameJa: HOSTILE_NAME, acronym: null });
  }
  return object;
}

describe('safety and states', () => {
  it('shows labels containing HTML as text, never as markup', async () => {
    const page = await openApp(browser);
    await page.route(GRAPHQL_ROUTE, async (route: Route) => {
      const response = await route.fetch();
      const body = withHostileNames(await response.json());
      await route.fulfill({ response, json: body });
    });
    await focusBySearch(page, 'quad', 'framework:quad');
    // On the canvas the name is shortened to fit (the markup characters kept as they are).
    expect(await page.evaluate(() => window.__atlas?.label('framework:quad'))).toBe(fitLabel(HOSTILE_NAME));
    await poll(() => page.getByTestId('details-title').textContent()).toBe(HOSTILE_NAME);
    expect(await page.locator('img[src="x"], b:has-text("Quad")').count()).toBe(0);
    expect(await page.evaluate(() => (window as Window & { __injected?: number }).__injected)).toBeUndefined();
    await screenshot(page, 'html-label-as-text');
  });

  it('says when the API is unreachable and recovers on retry', async () => {
    const page = await openApp(browser);
    await page.route(GRAPHQL_ROUTE, (route: Route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Quad' }).click();
    const alert = page.locator('.canvas-status [role=alert]');
    await poll(() => alert.textContent()).toContain('API unreachable');
    await screenshot(page, 'api-unreachable');
    await page.unroute(GRAPHQL_ROUTE);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await poll(() => alert.count()).toBe(0);
    // The details panel has its own retry for its own request.
    await page.locator('.panel-body [role=alert]').getByRole('button', { name: 'Retry' }).click();
    await poll(() => page.getByRole('alert').count()).toBe(0);
    await page.waitForFunction(() => window.__atlas?.visibleNodeIds().includes('framework:quad') === true);
    expect(pageProblems(page).filter((p) => !p.includes('ERR_CONNECTION_REFUSED'))).toEqual([]);
  });
});
