import { describe, expect, it } from 'vitest';
import { toCsv, toGraphml, toJson } from '../../../web/src/export/formats';
import { buildSubgraph } from '../../../web/src/export/subgraph';
import { toSvg, type SvgScene } from '../../../web/src/export/svg';
import { entity, relation } from './fixtures';

const sources = [
  { id: '001', file: '001.txt', title: 'Japan and NATO', titleJa: '日本とNATO', publisher: null, date: '2024' },
  { id: '004', file: '004.txt', title: 'Asian security', titleJa: 'アジアの安全保障', publisher: null, date: '2023' },
];
const quad = entity('framework:quad', { acronym: 'Quad', name: 'Quad, "the" dialogue', nameJa: '日米豪印' });
const tricky = entity('actor:tricky', { kind: 'ACTOR', name: '<b>Bold & "quoted"</b>', nameJa: '=SUM(A1)' });
const member = relation('actor:tricky', 'MEMBER_OF', 'framework:quad', { sinceYear: 2007 });
const evidence = new Map([
  [
    member.id,
    [
      {
        id: 'c1',
        lineStart: 5,
        lineEnd: 7,
        document: { id: '004' },
        note: 'Tricky, is a member',
        noteJa: '加盟国である',
        passage: { lines: [{ text: '第5行' }, { text: '第6行' }, { text: '第7行' }] },
      },
      {
        id: 'c2',
        lineStart: 9,
        lineEnd: 9,
        document: { id: '004' },
        note: 'Since 2007',
        noteJa: '2007年から',
        passage: null,
      },
    ],
  ],
]);
const subgraph = buildSubgraph([quad, tricky], [member], sources, 2010, evidence);

describe('export: the visible subgraph and its sources', () => {
  it('lists only the documents cited, with their line ranges', () => {
    expect(subgraph.sources).toEqual([
      { id: '004', file: '004.txt', title: 'Asian security', titleJa: 'アジアの安全保障', citedLines: ['5-7', '9'] },
    ]);
    expect(subgraph.edges[0]?.citations).toEqual([
      {
        claim: 'c1',
        document: '004',
        file: '004.txt',
        lineStart: 5,
        lineEnd: 7,
        note: 'Tricky, is a member',
        noteJa: '加盟国である',
        passage: '第5行\n第6行\n第7行',
      },
      // A claim whose source text is unavailable keeps its citation and note, without a passage.
      {
        claim: 'c2',
        document: '004',
        file: '004.txt',
        lineStart: 9,
        lineEnd: 9,
        note: 'Since 2007',
        noteJa: '2007年から',
        passage: null,
      },
    ]);
  });

  it('without the API (no evidence) still exports the relations, without citations or sources', () => {
    const bare = buildSubgraph([quad, tricky], [member], sources, 2010);
    expect(bare.edges.map((e) => [e.id, e.citations])).toEqual([[member.id, []]]);
    expect(bare.sources).toEqual([]);
  });

  it('JSON parses back to the same subgraph', () => {
    expect(JSON.parse(toJson(subgraph))).toEqual(subgraph);
  });

  it('CSV quotes commas and quotes, defuses formulas, and has one row per node, relation and source', () => {
    const lines = toCsv(subgraph).trim().split('\r\n');
    expect(lines[0]).toBe('record,id,type,name,nameJa,from,to,start,end,citations,notes,notesJa,passages');
    expect(lines).toHaveLength(1 + 2 + 1 + 1);
    expect(lines[1]).toContain('"Quad, ""the"" dialogue (Quad)"');
    expect(lines[2]).toContain("'=SUM(A1)");
    expect(lines[3]).toContain('relation,actor:tricky-[MEMBER_OF]->framework:quad,MEMBER_OF');
    expect(lines[3]).toContain('004.txt:5-7; 004.txt:9-9');
    expect(lines[3]).toContain('"Tricky, is a member | Since 2007",加盟国である | 2007年から,"第5行');
    expect(lines[4]).toMatch(/^source,004,document,Asian security/);
  });

  it('GraphML is well-formed, escaped and carries the sources', () => {
    const xml = toGraphml(subgraph);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<data key="n_name">&lt;b&gt;Bold &amp; &quot;quoted&quot;&lt;/b&gt;</data>');
    expect(xml).toContain(
      '<edge id="actor:tricky-[MEMBER_OF]-&gt;framework:quad" source="actor:tricky" target="framework:quad">',
    );
    expect(xml).toContain('<data key="g_asOf">2010</data>');
    expect(xml).toContain('&quot;noteJa&quot;:&quot;加盟国である&quot;');
    expect(xml).toContain('004.txt — Asian security (lines 5-7, 9)');
    expect(xml.match(/<node /g)).toHaveLength(2);
    // Every opened element is closed, in order.
    const stack: string[] = [];
    for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (selfClosing === '/') continue;
      if (closing === '/') expect(stack.pop()).toBe(name);
      else stack.push(name ?? '');
    }
    expect(stack).toEqual([]);
  });
});

describe('export: SVG built from node positions', () => {
  const scene: SvgScene = {
    nodes: [
      {
        id: 'a',
        x: 0,
        y: 0,
        size: 30,
        color: '#3f6fa8',
        shape: 'ellipse',
        label: '<script>x</script>',
        highlighted: false,
      },
      { id: 'b', x: 200, y: 100, size: 20, color: '#d9822b', shape: 'hexagon', label: 'ASEAN', highlighted: true },
    ],
    edges: [{ source: 'a', target: 'b', color: '#52708f', dash: [6, 3], highlighted: true }],
    legend: [{ title: 'Entity kinds', items: [{ label: 'Actor', color: '#3f6fa8', shape: 'ellipse' }] }],
    title: 'Alliance Atlas',
    caption: 'As of: 1967',
    fontFamily: 'sans-serif',
    highlightColor: '#d6336c',
  };
  const svg = toSvg(scene);

  it('draws every node, edge, the legend and the "as of" caption', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<g class="node"/g)).toHaveLength(2);
    expect(svg).toContain('<line x1="');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('>Entity kinds</text>');
    expect(svg).toContain('>As of: 1967</text>');
    expect(svg).toContain('stroke="#d6336c"');
  });

  it('escapes labels so they stay text', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
  });
});
