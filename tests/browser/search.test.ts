import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, pageProblems, screenshot, searchFor, visibleNodes, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('search', () => {
  it('finds the Quad by its Japanese alias and opens its neighbourhood with the keyboard', async () => {
    const page = await openApp(browser);
    await poll(() => page.getByTestId('empty-state').isVisible()).toBe(true);
    await searchFor(page, 'クアッド', 'framework:quad');
    const input = page.getByTestId('main-search');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'search-japanese');
    // The first hit is active; Enter chooses it.
    const first = page.locator('[role=option]').first();
    expect(await first.getAttribute('data-entity-id')).toBe('framework:quad');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await input.press('Enter');
    await waitForNode(page, 'framework:quad');
    expect((await visibleNodes(page)).length).toBeGreaterThan(3);
    await poll(() => page.getByTestId('details-title').textContent()).toContain('Quad');
    await screenshot(page, 'search-quad-neighbourhood');
    expect(pageProblems(page)).toEqual([]);
  });

  it('finds entities by English name, lower-case acronym and historic acronym', async () => {
    const page = await openApp(browser);
    await searchFor(page, 'quad', 'framework:quad');
    await searchFor(page, 'SEATO', 'framework:seato');
    await searchFor(page, 'Japan', 'actor:japan');
    // Arrow keys move through the hits; Escape closes the list.
    const input = page.getByTestId('main-search');
    await input.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active ?? ''}"]`).getAttribute('aria-selected')).toBe('true');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
  });
});
