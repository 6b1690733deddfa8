import { describe, expect, it } from 'vitest';
import { GRAPHQL_ROUTE, operationOf, useBrowser, openApp, screenshot, waitForNode, poll } from './browser';

const browser = useBrowser();

describe('relations and their citations', () => {
  it('opens a relation from the list view and shows its citation', async () => {
    const page = await openApp(browser, '/?n=framework:quad&x=framework:quad~~25');
    await waitForNode(page, 'actor:japan');
    await page.getByTestId('tab-table').click();
    const relationId = 'actor:japan-[MEMBER_OF]->framework:quad';
    await page.locator(`[data-testid=edge-table] tr[data-id="${relationId}"] button`).first().click();
    // Chosen from the List, which stays open with the focus; its details are on the Details tab.
    await page.getByTestId('tab-details').click();
    await poll(() => page.getByTestId('details-title').textContent()).toBe('Japan → member of → Quad');
    expect(await page.evaluate(() => window.__atlas?.selectedIds())).toEqual([relationId]);
    const citation = page.locator('.citations .citation').first();
    await citation.waitFor();
    expect(await citation.locator('.doc-file').textContent()).toMatch(/\.txt, lines \d+(–\d+)?$/);
    expect((await citation.locator('.citation-note').textContent())?.length).toBeGreaterThan(10);
    await screenshot(page, 'relation-citation');
  });

  it("lists an entity's relations with their citation counts and fetches a relation's citations when opened", async () => {
    const page = await openApp(browser, '/?n=actor:japan&s=actor:japan');
    await waitForNode(page, 'actor:japan');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (GRAPHQL_ROUTE.test(request.url())) asked.push(operationOf(request) ?? '');
    });
    const quad = page
      .locator('.relation-row')
      .filter({ has: page.getByRole('button', { name: 'Quad', exact: true }) })
      .first();
    // On a loaded machine the entity's details can take a while.
    await quad.waitFor({ timeout: 60_000 });
    expect(await quad.locator('summary').textContent()).toBe('Citations (2)');
    expect(asked).not.toContain('RelationDetails');
    await quad.locator('summary').click();
    const citation = quad.locator('.citations .citation').first();
    await citation.waitFor();
    expect(asked).toContain('RelationDetails');
    expect(await quad.locator('.citations .citation').count()).toBe(2);
    // The document's title and file come from the sources the page read once (the Atlas query).
    expect(await citation.locator('.doc-title').textContent()).toBe(
      'IPP monthly report: Advancing Japan–NATO security cooperation',
    );
    expect(await citation.locator('.doc-file').textContent()).toMatch(/^003_\w+\.txt, lines 138$/);
    expect((await citation.locator('.citation-note').textContent())?.length).toBeGreaterThan(10);
    await screenshot(page, 'entity-relation-citations');
  });

  it('marks conflicting claims and shows both sides', async () => {
    const relationId = 'actor:japan-[SIGNATORY_OF]->framework:isa-japan-nato';
    const page = await openApp(browser, `/?n=actor:japan,framework:isa-japan-nato&s=${encodeURIComponent(relationId)}`);
    await waitForNode(page, 'framework:isa-japan-nato');
    await page.locator('.relation-details .badge.conflict').first().waitFor();
    expect(await page.locator('.conflict-sides .citation.other-side').count()).toBeGreaterThan(0);
    // The conflicted relation is drawn dashed on the canvas.
    expect(await page.evaluate((id) => window.__atlas?.visibleEdgeIds().includes(id), relationId)).toBe(true);
    await screenshot(page, 'relation-conflict');
  });
});
