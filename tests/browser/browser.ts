/** Shared set-up for the browser tests: Debian's Chromium via playwright-core, against the real app. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const SCREENSHOTS = path.resolve('test-results', 'screenshots');

/**
 * The first queries against a fresh database can exceed the server's query timeout on a busy
 * machine; asking a few typical ones first (until they answer) keeps the UI tests about the UI.
 */
async function warmUp(): Promise<void> {
  const queries = [
    '{ atlas { minYear maxYear } }',
    '{ neighborhood(ids: ["framework:quad", "actor:japan"], limit: 50) { nodes { id } edges { id } } }',
    '{ search(text: "quad") { entity { id } } }',
    // The path search is the largest query to plan: planned cold on a loaded machine it can take the 5 s.
    '{ trace(from: "framework:seato", to: "framework:quad", first: 30) { paths { length } } }',
  ];
  const deadline = Date.now() + 120_000;
  for (const query of queries) {
    for (;;) {
      const response = await fetch(new URL('graphql', inject('appUrl')), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      }).catch(() => undefined);
      const body = (await response?.json().catch(() => undefined)) as { errors?: unknown } | undefined;
      if ((response?.ok === true && body?.errors === undefined) || Date.now() > deadline) break;
    }
  }
}

/** The app's GraphQL requests: queries go as GET with their variables in the URL, others as POST. */
export const GRAPHQL_ROUTE = /\/graphql(\?|$)/;

/** The operation a GraphQL request asks for, from its URL (GET) or its body (POST). */
export function operationOf(request: Request): string | undefined {
  const fromUrl = new URL(request.url()).searchParams.get('operationName');
  if (fromUrl !== null) return fromUrl;
  return (request.postDataJSON() as { operationName?: string } | null)?.operationName;
}

/** The test file's Chromium; `browser` is there from the file's first test on. */
export interface SharedBrowser {
  readonly browser: Browser;
}

/**
 * One Chromium for a test file: launched (after warming up the API) before its tests, closed
 * after them. Call it at the top of the file; hand what it returns to openApp. `extraArgs` are
 * Chromium flags for a browser unlike the default one (e.g. without WebGL).
 */
export function useBrowser(extraArgs: readonly string[] = []): SharedBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await warmUp();
    browser = await launchChromium(extraArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error('useBrowser(): the browser starts in beforeAll; use it inside tests');
      return browser;
    },
  };
}

export const appUrl = (pathAndQuery = '/', base: string = inject('appUrl')): string =>
  new URL(pathAndQuery, base).toString();

export interface OpenOptions {
  /** Another app than the shared one (a test that starts its own). */
  appUrl?: string;
  /** The browser's language; English unless a test is about another. */
  locale?: string;
  /** The user's motion preference (prefers-reduced-motion); the browser's default unless told. */
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * A fresh context (empty storage, English browser unless told) with the app open and its canvas
 * ready. Without a path it opens an empty canvas (`/?n=`); the bare link `/` is the overview.
 */
export async function openApp(shared: SharedBrowser, pathAndQuery = '/?n=', options: OpenOptions = {}): Promise<Page> {
  const context = await shared.browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: options.locale ?? 'en-US',
    reducedMotion: options.reducedMotion ?? null,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) problems.push(message.text());
  });
  Object.assign(page, { problems });
  await page.goto(appUrl(pathAndQuery, options.appUrl));
  await page.waitForFunction(() => window.__atlas !== undefined);
  return page;
}

/** Errors the page logged (uncaught exceptions, console errors, CSP violations). */
export const pageProblems = (page: Page): string[] => (page as Page & { problems: string[] }).problems;

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator('.layout-status').waitFor({ state: 'detached', timeout: 90_000 });
  await page.waitForTimeout(1200); // let the layout and viewport animations settle
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** expect.poll with room for a loaded machine (the default gives up after one second). */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

export const visibleNodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__atlas?.visibleNodeIds() ?? []);
export const visibleEdges = (page: Page): Promise<string[]> =>
  page.evaluate(() => window.__atlas?.visibleEdgeIds() ?? []);

/** Waits until the canvas shows the entity (and nothing is loading any more). */
export async function waitForNode(page: Page, id: string): Promise<void> {
  const patience = { timeout: 60_000 };
  await page.waitForFunction((nodeId) => window.__atlas?.visibleNodeIds().includes(nodeId) === true, id, patience);
  await page.waitForFunction(() => document.querySelector('[data-testid=graph-loading]') === null, null, patience);
}

/** Types into the main search and waits for a hit with this id. */
export async function searchFor(page: Page, text: string, expectedId: string): Promise<void> {
  await page.getByTestId('main-search').fill(text);
  await page.locator(`[role=option][data-entity-id="${expectedId}"]`).waitFor();
}

/** Opens a view by search: the entity centred with its neighbourhood. */
export async function focusBySearch(page: Page, text: string, id: string): Promise<void> {
  await searchFor(page, text, id);
  await page.locator(`[role=option][data-entity-id="${id}"]`).click();
  await waitForNode(page, id);
}
