import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, poll, screenshot, visibleNodes, waitForNode } from './browser';

const browser = useBrowser();

describe('hub and size guard', () => {
  it('asks before a big expansion, saying how many entities it adds, and adds fewer or all on request', async () => {
    const page = await openApp(browser, '/?n=actor:nato&s=actor:nato');
    await waitForNode(page, 'actor:nato');
    const before = (await visibleNodes(page)).length;

    await page.locator('#expand-limit').fill('300');
    await page.getByTestId('expand-button').click();
    const guard = page.getByTestId('expand-guard');
    await guard.waitFor();
    const text = (await guard.textContent()) ?? '';
    const count = Number(/adds (\d+) entities/.exec(text)?.[1]);
    expect(count).toBeGreaterThan(30);
    // Nothing is fetched or drawn until the user answers.
    expect((await visibleNodes(page)).length).toBe(before);
    await screenshot(page, 'hub-guard-nato');

    await guard.getByRole('button', { name: 'Cancel' }).click();
    await poll(() => guard.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('x')).toBeNull();

    await page.getByTestId('expand-button').click();
    await guard.getByRole('button', { name: 'Add 25' }).click();
    await poll(() => new URL(page.url()).searchParams.get('x')).toBe('actor:nato~~25');
    await waitForNode(page, 'actor:nato');
    const fewer = (await visibleNodes(page)).length;
    expect(fewer).toBeGreaterThan(before);

    await page.getByTestId('expand-button').click();
    await guard.getByRole('button', { name: /^Add all \d+$/ }).click();
    await poll(() => new URL(page.url()).searchParams.get('x')).toBe('actor:nato~~300');
    await poll(async () => (await visibleNodes(page)).length).toBeGreaterThan(fewer);
  });
});
