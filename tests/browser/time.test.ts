import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, screenshot, visibleNodes, waitForNode } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('as-of year', () => {
  it('hides ASEAN before 1967 and brings it back after', async () => {
    const page = await openApp(browser, '/?n=framework:asean&x=framework:asean~~25');
    await waitForNode(page, 'framework:asean');
    const slider = page.getByTestId('year-slider');

    await slider.fill('1960');
    await expect.poll(() => page.getByTestId('year-value').textContent()).toBe('1960');
    await expect.poll(() => visibleNodes(page)).not.toContain('framework:asean');
    expect(await page.evaluate(() => window.__atlas?.hasClass('framework:asean', 'out-of-time'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('y')).toBe('1960');
    await screenshot(page, 'time-1960-no-asean');

    await slider.fill('1970');
    await expect.poll(() => visibleNodes(page)).toContain('framework:asean');
    await screenshot(page, 'time-1970-asean');
  });

  it('plays the years forward and pauses', async () => {
    const page = await openApp(browser, '/?n=framework:asean&x=framework:asean~~25');
    await waitForNode(page, 'framework:asean');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.getByTestId('year-value').textContent()).toMatch(/^\d{4}$/);
    const first = Number(await page.getByTestId('year-value').textContent());
    await expect.poll(async () => Number(await page.getByTestId('year-value').textContent())).toBeGreaterThan(first);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.getByTestId('year-value').textContent();
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('year-value').textContent()).toBe(paused);
  });
});
