/** Evidence in the explorer: the reader at a citation, passage search, conflicts by side, sources absent. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from '../../server/src/seed/paths.js';
import { splitLines } from '../../server/src/seed/sourceTexts.js';
import { startTestApp } from '../support/app.js';
import { loadSeed, seedData, testDriver } from '../support/db.js';
import { openApp, pageProblems, poll, screenshot, useBrowser, waitForNode } from './browser';

const browser = useBrowser();

const ITPP_SUPERSEDES_IPCP = 'framework:itpp-japan-[SUPERSEDES]->framework:ipcp-japan';

function fileLines(doc: string): string[] {
  const source = seedData().documents.find((d) => d.id === doc)!;
  return splitLines(readFileSync(path.join(SOURCES_DIR!, source.file), 'utf8'));
}

async function openRelation(page: Page, relationId: string, from: string, to: string): Promise<void> {
  await page.goto(new URL(`/?n=${from},${to}&s=${encodeURIComponent(relationId)}`, page.url()).toString());
  await waitForNode(page, to);
  await page.locator('.relation-details [data-testid=citation-link]').first().waitFor();
}

/** The reader's highlighted lines: number and text as shown. */
async function citedLines(page: Page): Promise<{ number: number; text: string }[]> {
  await page.locator('[data-testid=reader] .source-line.cited').first().waitFor();
  return page.locator('[data-testid=reader] .source-line.cited').evaluateAll((items) =>
    items.map((li) => ({
      number: Number(li.getAttribute('data-line')),
      text: li.querySelector('.line-text')?.textContent ?? '',
    })),
  );
}

describe('the reader', () => {
  it('opens a citation of ITPP → IPCP at the original Japanese lines, highlighted, with the note beside them', async () => {
    const page = await openApp(browser);
    await openRelation(page, ITPP_SUPERSEDES_IPCP, 'framework:itpp-japan', 'framework:ipcp-japan');
    const link = page.locator('.relation-details [data-testid=citation-link]').first();
    const claimId = (await link.getAttribute('data-claim'))!;
    const claim = seedData().claims.find((c) => c.id === claimId)!;
    expect(claim.subjectId).toBe(ITPP_SUPERSEDES_IPCP);
    await link.click();
    const lines = await citedLines(page);
    expect(lines.map((l) => l.number)).toEqual(
      Array.from({ length: claim.lineEnd - claim.lineStart + 1 }, (_, i) => claim.lineStart + i),
    );
    expect(lines.map((l) => l.text)).toEqual(fileLines(claim.doc).slice(claim.lineStart - 1, claim.lineEnd));
    expect(lines.some((l) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(l.text))).toBe(true);
    await poll(() => page.getByTestId('reader-note').textContent()).toContain(claim.note);
    await screenshot(page, 'reader-en-1440');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'reader-en-1280');

    await page.getByTestId('lang-toggle').click();
    await poll(() => page.getByTestId('reader-note').textContent()).toContain(claim.noteJa);
    expect((await citedLines(page)).map((l) => l.text)).toEqual(lines.map((l) => l.text));
    await screenshot(page, 'reader-ja-1280');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'reader-ja-1440');

    // The claim's entities go on the canvas; the drawer closes with Escape.
    await page.getByTestId('show-on-canvas').click();
    await poll(() => page.evaluate(() => window.__atlas?.visibleNodeIds() ?? [])).toContain('framework:itpp-japan');
    await page.getByTestId('reader').press('Escape');
    await page.getByTestId('evidence-drawer').waitFor({ state: 'detached' });
    expect(pageProblems(page)).toEqual([]);
  });

  it('finds マニラ条約 in the sources and opens the reader on a line of document 004', async () => {
    const page = await openApp(browser);
    await page.getByTestId('evidence-toggle').click();
    await page.getByTestId('evidence-tab-search').click();
    await page.getByTestId('passage-search').fill('マニラ条約');
    const hit004 = page.locator('.passage-hit[data-doc="004"]').first();
    await hit004.waitFor();
    expect(await hit004.locator('mark').first().textContent()).toBe('マニラ条約');
    await screenshot(page, 'passage-search');
    await hit004.getByTestId('passage-hit').click();
    await page.locator('[data-testid=reader][data-doc="004"]').waitFor();
    const [line] = await citedLines(page);
    expect(line!.text).toBe(fileLines('004')[line!.number - 1]);
    expect(line!.text).toContain('マニラ条約');
    expect(await page.locator('.source-line.cited mark').textContent()).toBe('マニラ条約');
    expect(pageProblems(page)).toEqual([]);
  });

  it('lists the sources with their coverage and opens one at line 1', async () => {
    const page = await openApp(browser);
    await page.getByTestId('evidence-toggle').click();
    const cards = page.locator('[data-testid=sources-list] .source-card');
    await poll(() => cards.count()).toBe(5);
    expect(await cards.first().textContent()).toMatch(/of 379 lines cited/);
    await screenshot(page, 'sources-view');
    await cards.nth(2).getByTestId('open-document').click();
    await page.locator('[data-testid=reader][data-doc="002"] .source-line.cited[data-line="1"]').waitFor();
    expect(await page.locator('.source-line[data-line="1"] .line-text').textContent()).toBe(fileLines('002')[0]);
  });
});

describe('disagreements', () => {
  it('shows the Tokyo liaison office conflict as two sides, from different documents', async () => {
    const page = await openApp(browser);
    await page.getByTestId('evidence-toggle').click();
    await page.getByTestId('evidence-tab-conflicts').click();
    const card = page.locator('.conflict-card[data-conflict="tokyo-liaison-office-blocker"]');
    await card.waitFor();
    const sides = card.locator('.conflict-side');
    expect(await sides.count()).toBe(2);
    const sideDocs = async (i: number) =>
      sides
        .nth(i)
        .locator('.side-claim')
        .evaluateAll((items) => [...new Set(items.map((li) => li.getAttribute('data-doc')))]);
    expect(await sideDocs(0)).toEqual(['001']);
    expect(await sideDocs(1)).toEqual(['003']);
    expect(await sides.nth(0).locator('.side-position').textContent()).toMatch(/France alone/);
    expect(await sides.nth(1).locator('.side-position').textContent()).toMatch(/France and Germany/);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'conflicts-view');

    // A claim of the Germany side lists only claims of the other side (document 001) as disagreeing.
    await page.keyboard.press('Escape');
    const relationId = 'actor:germany-[OPPOSED]->actor:nato-liaison-office-tokyo';
    await openRelation(page, relationId, 'actor:germany', 'actor:nato-liaison-office-tokyo');
    const others = page.locator('.relation-details .conflict-sides .other-side [data-testid=citation-link]');
    await others.first().waitFor();
    const otherDocs = await others.evaluateAll((links) => links.map((a) => a.getAttribute('data-claim')));
    for (const id of otherDocs) expect(seedData().claims.find((c) => c.id === id)!.doc).toBe('001');
    // Beside it, the conflict as its topic and sides, this claim's side marked.
    const summary = page.locator('.relation-details [data-testid=conflict-summary]').first();
    await summary.waitFor();
    expect(await summary.getAttribute('data-conflict')).toBe('tokyo-liaison-office-blocker');
    expect(await summary.locator('.summary-side').count()).toBe(2);
    expect(await summary.locator('.summary-side.own').getAttribute('data-side')).toBe('france-and-germany');
    await screenshot(page, 'relation-conflict-sides');
  });
});

describe('without the source files', () => {
  it('still loads, and says that passages are unavailable', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'atlas-no-sources-'));
    const app = await startTestApp({ ATLAS_SOURCES_DIR: empty, LOG_LEVEL: 'warn' });
    const driver = testDriver();
    try {
      const page = await openApp(browser);
      await page.goto(app.url);
      await page.waitForFunction(() => window.__atlas !== undefined);
      await openRelation(page, ITPP_SUPERSEDES_IPCP, 'framework:itpp-japan', 'framework:ipcp-japan');
      await page.locator('.relation-details [data-testid=citation-link]').first().click();
      const notice = page.getByTestId('passage-unavailable');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/was not in the sources directory/);
      expect(await page.locator('[data-testid=reader] .source-line').count()).toBe(0);
      // The citation itself is still there: its note beside the notice.
      expect((await page.getByTestId('reader-note').textContent())?.length).toBeGreaterThan(10);
      await screenshot(page, 'reader-unavailable');
      await page.getByTestId('evidence-tab-sources').click();
      await poll(() => page.locator('.source-card .badge.unavailable').count()).toBe(5);
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await app.stop();
      await loadSeed(driver);
      await driver.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
