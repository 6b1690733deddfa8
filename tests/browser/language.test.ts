import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, screenshot, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('language', () => {
  it('switches the interface and the labels to Japanese and remembers it', async () => {
    const page = await openApp(browser, '/?n=framework:quad&x=framework:quad~~25&s=framework:quad');
    await waitForNode(page, 'framework:quad');
    expect(await page.evaluate(() => window.__atlas?.label('framework:quad'))).toBe('Quad');

    await page.getByTestId('lang-toggle').click();
    await poll(() => page.getByTestId('tab-details').textContent()).toBe('詳細');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await poll(() => page.evaluate(() => window.__atlas?.label('framework:quad'))).toBe('日米豪印戦略対話');
    await poll(() => page.getByTestId('details-title').textContent()).toContain('日米豪印戦略対話');
    await screenshot(page, 'language-japanese');

    await page.reload();
    await page.waitForFunction(() => window.__atlas !== undefined);
    await poll(() => page.getByTestId('tab-details').textContent()).toBe('詳細');
    await page.getByTestId('lang-toggle').click();
    await poll(() => page.getByTestId('tab-details').textContent()).toBe('Details');
  });
});
