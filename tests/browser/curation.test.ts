/**
 * Curation in the explorer, end to end on the real app: a curator signs in, adds a source, selects
 * lines in the reader and proposes a claim (a validation error shown at its field first); a
 * reviewer sees it in the queue with its passage and diff and accepts it; signed out, an anonymous
 * reader finds the claim under the entity, with its author and reviewer.
 */
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/db.js';
import { openApp, pageProblems, poll, screenshot, useBrowser } from './browser';
import { createTestUsers, type TestUser } from '../support/users.js';

const browser = useBrowser();

let curator: TestUser;
let reviewer: TestUser;
const driver = testDriver();
beforeAll(async () => {
  // Fresh accounts per run, with random passwords (no default credentials anywhere).
  const run = randomBytes(4).toString('hex');
  const users = await createTestUsers(driver, [
    { email: `curator-${run}@example.org`, role: 'CURATOR' },
    { email: `reviewer-${run}@example.org`, role: 'REVIEWER' },
  ]);
  curator = users[0]!;
  reviewer = users[1]!;
});
afterAll(async () => {
  await driver.close();
});

const SOURCE_TEXT = [
  "Quad Leaders' Summit, Wilmington, 21 September 2024.",
  'The leaders of Australia, India, Japan and the United States met in Wilmington, Delaware.',
  'They announced a maritime training initiative for partners in the Indo-Pacific.',
  'The next summit was to be hosted by India.',
].join('\n');
const NOTE = 'At their 2024 meeting in Delaware the four Quad leaders launched regional maritime training.';
const NOTE_JA = '2024年の首脳会合で、日米豪印の4か国は地域の海上訓練の取り組みを打ち出した。';

async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.getByTestId('sign-in').click();
  await page.getByTestId('sign-in-email').fill(user.email);
  await page.getByTestId('sign-in-password').fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  await poll(() => page.getByTestId('viewer').getAttribute('data-role')).toBe(user.role);
}

/** One of the signed-in menu's actions (the viewer button opens the menu). */
async function accountAction(page: Page, action: 'add-source' | 'review-open' | 'sign-out'): Promise<void> {
  await page.getByTestId('viewer').click();
  await page.getByTestId(action).click();
}

async function signOut(page: Page): Promise<void> {
  await accountAction(page, 'sign-out');
  await page.getByTestId('sign-in').waitFor();
}

describe('curation', () => {
  it('curator proposes a claim from the reader, a reviewer accepts it, an anonymous reader finds it with its author', async () => {
    const page = await openApp(browser, '/');

    // A wrong password is refused inline, in words, not with the server's message.
    await page.getByTestId('sign-in').click();
    await page.getByTestId('sign-in-email').fill(curator.email);
    await page.getByTestId('sign-in-password').fill(`${curator.password}-wrong`);
    await page.getByTestId('sign-in-submit').click();
    await poll(() => page.getByTestId('sign-in-error').getAttribute('data-error-code')).toBe('UNAUTHENTICATED');
    await page.getByTestId('sign-in-dialog').press('Escape');
    await signIn(page, curator);
    expect(await page.getByTestId('viewer').textContent()).toContain(curator.email);
    await screenshot(page, 'curation-signed-in-curator');

    // Add a source: pasted text, titles in both languages; it opens in the reader at line 1.
    await accountAction(page, 'add-source');
    await page.getByTestId('source-title').fill('Quad Leaders’ Summit 2024 (test source)');
    await page.getByTestId('source-title-ja').fill('日米豪印首脳会合 2024（テスト資料）');
    await page.getByTestId('source-publisher').fill('Test desk');
    await page.getByTestId('source-date').fill('2024-09-21');
    await page.getByTestId('source-text').fill(SOURCE_TEXT);
    await screenshot(page, 'curation-add-source');
    await page.getByTestId('add-source-submit').click();
    const reader = page.locator('[data-testid=reader]');
    await reader.locator('.source-line[data-line="4"]').waitFor();
    const doc = (await reader.getAttribute('data-doc'))!;

    // Select lines 2–3: a click on line 2, then Shift+↓ from the keyboard.
    await reader.locator('.source-line[data-line="2"] .line-text').click();
    await reader.locator('.source-line[data-line="2"]').press('Shift+ArrowDown');
    await poll(() => page.getByTestId('selection-range').textContent()).toContain('2–3');
    expect(
      await reader.locator('.source-line.selected').evaluateAll((lis) => lis.map((li) => li.dataset.line)),
    ).toEqual(['2', '3']);
    await page.getByTestId('add-claim').click();
    const dialog = page.getByTestId('claim-dialog');
    await dialog.getByTestId('claim-entity').fill('Quad');
    await dialog.locator('[role=option][data-entity-id="framework:quad"]').click();
    await dialog.getByTestId('claim-entity-picked').waitFor();
    // A relation of the picked entity is offered with both its ends named (the entity's listed
    // relations name only their other end).
    await dialog.getByTestId('subject-mode-relation').check();
    const japanInQuad = dialog.locator('[data-testid=claim-relation] option', { hasText: 'Japan → member of → Quad' });
    await poll(() => japanInQuad.count()).toBe(1);
    await dialog.getByTestId('subject-mode-entity').check();
    await dialog.getByTestId('claim-entity-picked').waitFor();

    // Without the Japanese note the server refuses, and the error is shown at that field.
    await dialog.getByTestId('claim-note').fill(NOTE);
    await dialog.getByTestId('claim-submit').click();
    const noteJaField = dialog.locator('.form-field[data-field="claim.noteJa"]');
    await noteJaField.getByTestId('field-error').waitFor();
    await screenshot(page, 'curation-claim-field-error');
    await dialog.getByTestId('claim-note-ja').fill(NOTE_JA);
    await dialog.getByTestId('claim-submit').click();
    await dialog.getByTestId('claim-proposed').waitFor();
    const changeId = (await dialog.getByTestId('claim-proposed').getAttribute('data-change'))!;
    await screenshot(page, 'curation-claim-proposed');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await signOut(page);

    // The reviewer sees the change with its passage and the fields it adds, and accepts it.
    await signIn(page, reviewer);
    await accountAction(page, 'review-open');
    const change = page.locator(`[data-testid=change][data-change="${changeId}"]`);
    await change.waitFor();
    expect(await change.getByTestId('change-status').textContent()).toBe('Proposed');
    expect(await change.getByTestId('change-passage').textContent()).toContain('maritime training initiative');
    expect(await change.locator('.source-line.cited').count()).toBe(2);
    expect(await change.getByTestId('field-diff').textContent()).toContain(NOTE);
    expect(await change.textContent()).toContain(curator.email);
    await screenshot(page, 'curation-review-queue');
    await page.getByTestId('review-comment').first().fill('Matches lines 2–3.');
    await change.locator('..').getByTestId('review-accept').click();
    await change.waitFor({ state: 'detached' });
    await page.getByTestId('review-queue').press('Escape');
    await signOut(page);

    // Anonymous: the claim is under the Quad's citations, with who added and who reviewed it.
    await page.goto(new URL('/?n=framework:quad&s=framework:quad', page.url()).toString());
    await poll(() => page.getByTestId('details-title').textContent()).toContain('Quad');
    await screenshot(page, 'curation-anonymous-quad-details');
    const citation = page.locator('.details .citation').filter({ hasText: NOTE });
    await citation.waitFor();
    expect(await citation.getByTestId('claim-author').textContent()).toContain(curator.email);
    expect(await citation.getByTestId('claim-reviewer').textContent()).toContain(reviewer.email);
    expect(await citation.getByTestId('citation-link').getAttribute('data-claim')).toBeTruthy();
    await citation.scrollIntoViewIfNeeded();
    await screenshot(page, 'curation-anonymous-finds-claim');

    // Its history lists the accepted change; the citation opens the added source at lines 2–3.
    await page.getByTestId('history-toggle').first().click();
    await page.locator(`[data-testid=history] [data-change="${changeId}"][data-status=ACCEPTED]`).waitFor();
    await citation.getByTestId('citation-link').click();
    await page.locator(`[data-testid=reader][data-doc="${doc}"] .source-line.cited[data-line="3"]`).waitFor();
    // In the reader: the open history shows the same two lines in its passage.
    expect(await page.locator('[data-testid=reader] .source-line.cited').count()).toBe(2);
    await page.getByTestId('lang-toggle').click();
    await poll(() => page.getByTestId('reader-note').textContent()).toContain(NOTE_JA);
    await screenshot(page, 'curation-anonymous-reader-ja');
    // The refused sign-in (401) and the refused claim (400) are the only failed loads the console saw.
    expect(pageProblems(page).filter((problem) => !/status of 40[01]/.test(problem))).toEqual([]);
  });
});
