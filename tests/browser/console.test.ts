import { describe, expect, it } from 'vitest';
import { useBrowser, openApp, screenshot, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('GraphQL console', () => {
  it('loads lazily, runs an example query and draws the result on the canvas', async () => {
    const page = await openApp(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.waitForTimeout(500);
    expect(scripts.some((url) => url.includes('ConsolePanel'))).toBe(false);

    const schemaLoaded = page.waitForResponse(
      (response) => response.request().postDataJSON()?.operationName === 'IntrospectionQuery',
      { timeout: 60_000 },
    );
    await page.getByTestId('tab-console').click();
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    await schemaLoaded;
    expect(scripts.some((url) => url.includes('ConsolePanel'))).toBe(true);
    await Promise.all([
      page.waitForResponse((response) => response.request().postDataJSON()?.operationName === 'CompareFrameworks', {
        timeout: 60_000,
      }),
      page.locator('.graphiql-execute-button').click(),
    ]);
    await poll(() => page.locator('.graphiql-response .CodeMirror-code').textContent()).toContain('frameworks');
    await screenshot(page, 'console-result');

    await page.getByTestId('console-draw').click();
    await waitForNode(page, 'framework:seato');
    await waitForNode(page, 'framework:quad');
    expect(await page.locator('.console-message').textContent()).toMatch(/^Drew \d+ entities/);
    await screenshot(page, 'console-drawn');
  });
});
