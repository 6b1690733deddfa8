import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, translator } from '../../web/src/i18n/strings';
import { COMPARE_CHIPS, STARTER_CHIPS } from '../../web/src/view/chips';
import type { Page } from 'playwright-core';
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

  it('is Japanese in every panel: the example chips, compare presets, console examples and its labels', async () => {
    const ja = translator('ja');
    const en = translator('en');
    const page = await openApp(browser, '/?n=&lang=ja');
    await poll(() => page.getByTestId('starter').allTextContents()).toEqual(STARTER_CHIPS.map((c) => ja(c.label)));
    // The legend says what the rings around a node mean.
    expect(await page.locator('[data-testid=legend-rings] li').allTextContents()).toEqual([
      ja('ringSelected'),
      ja('ringExpanded'),
      ja('ringTraced'),
    ]);
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-empty');

    await page.getByTestId('tab-compare').click();
    expect(await page.getByTestId('compare-preset').allTextContents()).toEqual(
      COMPARE_CHIPS.map((c) => `+ ${ja(c.label)}`),
    );
    await page.getByTestId('compare-preset').first().click();
    await page.getByTestId('compare-preset').first().click();
    await page.getByTestId('compare-matrix').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('compare-draw').textContent()).toBe(ja('compareDraw'));
    await page.getByTestId('compare-draw').click();
    await waitForNode(page, 'framework:seato');
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-compare');

    await page.getByTestId('tab-table').click();
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-table');
    await page.getByTestId('export-menu').click();
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-export-menu');
    await page.getByTestId('export-menu').click();

    // The console: its own labels, and each example tab with its comment in Japanese.
    await page.getByTestId('tab-console').click();
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('console-draw').textContent()).toBe(ja('drawResult'));
    const editor = page.locator('.graphiql-query-editor .CodeMirror-code');
    const comments = [
      `# ${ja('consoleExampleCompare')}`,
      `# ${ja('consoleExampleTrace')}`,
      `# ${ja('consoleExampleJapan')}`,
      `# ${ja('consoleExampleConflicts')}`,
    ];
    const tabs = page.locator('.graphiql-tab-button');
    await poll(() => tabs.count()).toBe(comments.length);
    for (const [i, comment] of comments.entries()) {
      await tabs.nth(i).click();
      await poll(() => editor.textContent()).toContain(comment);
    }
    await tabs.first().click();
    await poll(() => editor.textContent()).toContain(`# ${ja('consoleExampleDraw', { draw: ja('drawResult') })}`);
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-console');

    // Each language keeps its own tabs: back in English the examples read in English.
    await page.getByTestId('lang-toggle').click();
    await poll(() => editor.textContent()).toContain(`# ${en('consoleExampleCompare')}`);
    expect(await page.getByTestId('console-draw').textContent()).toBe(en('drawResult'));
    // The check above sees English where there is English.
    expect(await englishLeftovers(page)).toEqual(expect.arrayContaining([en('drawResult'), en('compare')]));
  });

  it('opens the trace panel and the details in Japanese', async () => {
    const page = await openApp(
      browser,
      '/?lang=ja&p=trace&tr=framework:seato~framework:quad~4~0~~5&n=framework:seato&s=framework:seato',
    );
    await page.locator('[data-testid=trace-paths] > li').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('trace-choose').first().textContent()).toBe(translator('ja')('traceChoosePath'));
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-trace');
    await page.getByTestId('tab-details').click();
    await poll(() => page.getByTestId('details-title').textContent()).toContain('東南アジア条約機構');
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-details');
    await page.getByTestId('citation-link').first().click();
    await page.getByTestId('reader').waitFor();
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-reader');
    await page.getByTestId('reader').press('Escape');
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-email').waitFor();
    expect(await englishLeftovers(page)).toEqual([]);
    await screenshot(page, 'ja-sign-in');
  });
});

/**
 * Interface strings the page shows in English although it is in Japanese: every text, label,
 * title and placeholder outside GraphiQL's own editor (a library without Japanese) that reads as
 * an English dictionary entry whose Japanese differs.
 */
async function englishLeftovers(page: Page): Promise<string[]> {
  const en = translator('en');
  const ja = translator('ja');
  const english = new Set(
    MESSAGE_KEYS.filter((key) => en(key) !== ja(key) && !en(key).includes('{')).map((key) => en(key)),
  );
  const shown = await page.evaluate(() => {
    const texts: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (element.closest('.graphiql-container') !== null) continue;
      for (const node of element.childNodes)
        if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '') texts.push(node.textContent!.trim());
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value !== null && value.trim() !== '') texts.push(value.trim());
      }
    }
    return texts;
  });
  return [...new Set(shown.filter((text) => english.has(text)))];
}
