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

  it('marks undated items in 1970, dims members whose relations come later, and hides undated on request', async () => {
    const page = await openApp(browser, '/?n=framework:asean&x=framework:asean~MEMBER_OF~25');
    await waitForNode(page, 'framework:asean');
    await page.getByTestId('year-slider').fill('1970');
    await poll(() => page.getByTestId('year-value').textContent()).toBe('1970');
    const marked = await page.evaluate(() => {
      const probe = window.__atlas!;
      return {
        undated: probe.visibleNodeIds().filter((id) => probe.hasClass(id, 'undated')),
        undatedEdges: probe.visibleEdgeIds().filter((id) => probe.hasClass(id, 'undated')),
        inactive: probe.visibleNodeIds().filter((id) => probe.hasClass(id, 'inactive')),
      };
    });
    expect(marked.undated.length).toBeGreaterThan(0);
    // Viet Nam joined ASEAN in 1995: in 1970 it is on the canvas only for want of a date, and idle.
    expect(marked.inactive).toContain('actor:vietnam');
    expect(await page.getByTestId('legend-undated').isVisible()).toBe(true);
    await screenshot(page, 'time-1970-undated-marked');

    await page.getByTestId('hide-undated').check();
    await poll(() => visibleNodes(page)).not.toContain(marked.undated[0]);
    expect(new URL(page.url()).searchParams.get('hu')).toBe('1');
    const shown = await page.evaluate(() => {
      const probe = window.__atlas!;
      return [...probe.visibleNodeIds(), ...probe.visibleEdgeIds()].filter((id) => probe.hasClass(id, 'undated'));
    });
    expect(shown).toEqual([]);
    await screenshot(page, 'time-1970-undated-hidden');
  });

  it('reaches the last year on the slider, with "all years" as its own control and a playback speed', async () => {
    const page = await openApp(browser, '/?n=framework:quad&x=framework:quad~~25');
    await waitForNode(page, 'framework:quad');
    const slider = page.getByTestId('year-slider');
    const last = await slider.getAttribute('max');
    expect(await page.getByTestId('all-years').getAttribute('aria-pressed')).toBe('true');
    await slider.focus();
    await page.keyboard.press('End');
    await poll(() => page.getByTestId('year-value').textContent()).toBe(last);
    expect(new URL(page.url()).searchParams.get('y')).toBe(last);
    expect(await page.getByTestId('all-years').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('all-years').click();
    await poll(() => page.getByTestId('year-value').textContent()).toBe('All years');
    await page.getByTestId('play-speed').selectOption({ label: 'Fast' });
    await page.getByRole('button', { name: 'Play' }).click();
    await poll(async () => Number(await page.getByTestId('year-value').textContent())).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Pause' }).click();
  });
});
