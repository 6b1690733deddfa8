import { describe, expect, it } from 'vitest';
import { YEAR_WIDTH } from '../../web/src/canvas/layouts';
import { useBrowser, openApp, screenshot, visibleNodes, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('as-of year', () => {
  it('hides ASEAN before 1967 and brings it back after', async () => {
    const page = await openApp(browser, '/?n=framework:asean&x=framework:asean~~25');
    await waitForNode(page, 'framework:asean');
    const slider = page.getByTestId('year-slider');

    await slider.fill('1960');
    await poll(() => page.getByTestId('year-value').textContent()).toBe('1960');
    await poll(() => visibleNodes(page)).not.toContain('framework:asean');
    expect(await page.evaluate(() => window.__atlas?.hasClass('framework:asean', 'out-of-time'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('y')).toBe('1960');
    await screenshot(page, 'time-1960-no-asean');

    await slider.fill('1970');
    await poll(() => visibleNodes(page)).toContain('framework:asean');
    await screenshot(page, 'time-1970-asean');

    // The time-ordered layout puts every node on a column of whole years.
    await page.locator('#layout-select').selectOption('timeline');
    await page.locator('.layout-status').waitFor({ state: 'detached' });
    const positions = await page.evaluate(() => window.__atlas?.positions() ?? {});
    const aseanX = positions['framework:asean']?.x ?? NaN;
    const columns = Object.values(positions).map((p) => (p.x - aseanX) / YEAR_WIDTH);
    expect(columns.every((column) => Number.isInteger(column))).toBe(true);
    expect(new Set(columns).size).toBeGreaterThan(1);
    await screenshot(page, 'layout-timeline');
  });

  it('plays the years forward and pauses', async () => {
    const page = await openApp(browser, '/?n=framework:asean&x=framework:asean~~25');
    await waitForNode(page, 'framework:asean');
    await page.getByRole('button', { name: 'Play' }).click();
    await poll(() => page.getByTestId('year-value').textContent()).toMatch(/^\d{4}$/);
    const first = Number(await page.getByTestId('year-value').textContent());
    await poll(async () => Number(await page.getByTestId('year-value').textContent())).toBeGreaterThan(first);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.getByTestId('year-value').textContent();
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('year-value').textContent()).toBe(paused);
  });
});
