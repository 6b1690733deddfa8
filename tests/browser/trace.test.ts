import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, screenshot, waitForNode } from './browser';

const browser = useBrowser();

describe('trace', () => {
  it('finds paths from SEATO to the Quad, highlights them and lists each hop with citations', async () => {
    const page = await openApp(browser);
    await page.getByTestId('tab-trace').click();
    await page.getByTestId('trace-from').fill('SEATO');
    await page.locator('[role=option][data-entity-id="framework:seato"]').click();
    await page.getByTestId('trace-to').fill('クアッド');
    await page.locator('[role=option][data-entity-id="framework:quad"]').click();
    await page.getByRole('button', { name: 'Find paths' }).click();

    const paths = page.locator('[data-testid=trace-paths] > li');
    await paths.first().waitFor({ timeout: 60_000 });
    await waitForNode(page, 'framework:seato');
    const hops = paths.first().locator('.hop');
    expect(await hops.count()).toBeGreaterThan(0);
    expect(await hops.first().locator('.cite').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.__atlas?.hasClass('framework:seato', 'traced'))).toBe(true);
    expect(await page.evaluate(() => window.__atlas?.hasClass('framework:quad', 'traced'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('tr')).toMatch(/^framework:seato~framework:quad~4~/);
    await screenshot(page, 'trace-seato-quad');
  });
});
