import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowser, openApp, visibleEdges, visibleNodes, waitForNode } from './browser';

let page: Page;
const browser = useBrowser();
beforeAll(async () => {
  page = await openApp(browser, '/?n=framework:quad&x=framework:quad~~25&y=2020');
  await waitForNode(page, 'framework:quad');
});

async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  await page.getByTestId('export-menu').click();
  const filePath = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(filePath) };
}

/** Parses XML in the page; returns the counts of the given tags, or the parser's error. */
function parseXml(xml: string, tags: string[]): Promise<Record<string, number> | string> {
  return page.evaluate(
    ({ text, names }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      if (error !== null) return error.textContent ?? 'parse error';
      return Object.fromEntries(names.map((name) => [name, doc.getElementsByTagName(name).length]));
    },
    { text: xml, names: tags },
  );
}

describe('export', () => {
  it('the menu closes with Escape and gives the focus back to its button', async () => {
    await page.getByTestId('export-menu').click();
    await page.getByTestId('export-json').focus();
    expect(await page.locator('.export-menu').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Escape');
    expect(await page.locator('.export-menu').getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-menu');
  });

  it('PNG: a real image of the canvas', async () => {
    const { name, bytes } = await download('export-png');
    expect(name).toBe('alliance-atlas-2020.png');
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(400); // width from the IHDR chunk
  });

  it('SVG: parses, one shape per visible node, with the legend and the year', async () => {
    const { bytes } = await download('export-svg');
    const svg = bytes.toString('utf8');
    const counts = await parseXml(svg, ['svg', 'line']);
    expect(counts).toMatchObject({ svg: 1 });
    expect(svg.match(/<g class="node"/g)?.length).toBe((await visibleNodes(page)).length);
    expect(svg).toContain('As of: 2020');
    expect(svg).toContain('>Entity kinds</text>');
  });

  it('GraphML: parses, with the visible nodes and relations and the sources cited', async () => {
    const { bytes } = await download('export-graphml');
    const counts = await parseXml(bytes.toString('utf8'), ['node', 'edge']);
    expect(counts).toEqual({ node: (await visibleNodes(page)).length, edge: (await visibleEdges(page)).length });
    expect(bytes.toString('utf8')).toMatch(/<data key="g_sources">.*\.txt/);
  });

  it('JSON and CSV: the same subgraph with the list of sources', async () => {
    const json = JSON.parse((await download('export-json')).bytes.toString('utf8')) as {
      nodes: unknown[];
      edges: { citations: { note: string | null; noteJa: string | null; passage: string | null }[] }[];
      sources: { file: string }[];
    };
    expect(json.nodes).toHaveLength((await visibleNodes(page)).length);
    expect(json.edges.every((edge) => edge.citations.length > 0)).toBe(true);
    // Each claim comes with its note in both languages and, the texts being loaded, its passage.
    for (const citation of json.edges.flatMap((edge) => edge.citations)) {
      expect(citation.note?.length).toBeGreaterThan(0);
      expect(citation.noteJa?.length).toBeGreaterThan(0);
      expect(citation.passage?.length).toBeGreaterThan(0);
    }
    expect(json.sources.length).toBeGreaterThan(0);
    const csv = (await download('export-csv')).bytes.toString('utf8').trim().split('\r\n');
    expect(csv[0]).toBe('record,id,type,name,nameJa,from,to,start,end,citations,notes,notesJa,passages');
    expect(csv.filter((line) => line.startsWith('source,'))).toHaveLength(json.sources.length);
  });
});
