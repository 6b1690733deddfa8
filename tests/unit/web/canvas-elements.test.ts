import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { fitLabel, nodeSize, syncElements, toElements } from '../../../web/src/canvas/elements';
import type { VisibleGraph } from '../../../web/src/graph/model';
import { graphStylesheet } from '../../../web/src/canvas/style';
import { entity, relation } from './fixtures';

const quad = entity('framework:quad', {
  acronym: 'Quad',
  name: 'Quadrilateral Security Dialogue',
  nameJa: '日米豪印戦略対話',
  degree: 5,
});
const japan = entity('actor:japan', { kind: 'ACTOR', name: 'Japan', nameJa: '日本', degree: 1 });
const member = relation('actor:japan', 'MEMBER_OF', 'framework:quad', { conflicted: true });

function graph(overrides: Partial<VisibleGraph> = {}): VisibleGraph {
  return {
    nodes: [quad, japan],
    edges: [member],
    hiddenRelations: new Map([
      ['framework:quad', 4],
      ['actor:japan', 0],
    ]),
    expanded: new Set(['framework:quad']),
    groups: [],
    openGroups: [],
    trace: undefined,
    pending: 0,
    ...overrides,
  };
}

describe('canvas elements', () => {
  it('label nodes in the chosen language and cue hidden relations on expanded nodes', () => {
    const en = toElements(graph(), 'en');
    expect(en.nodes.map((n) => n.label)).toEqual(['Quad  +4', 'Japan']);
    const ja = toElements(graph(), 'ja');
    expect(ja.nodes.map((n) => n.label)).toEqual(['日米豪印戦略対話  +4', '日本']);
    expect(ja.edges[0]).toMatchObject({
      source: 'actor:japan',
      target: 'framework:quad',
      label: '加盟',
      group: 'membership',
    });
    expect(en.edges[0]?.conflicted).toBe(true);
  });

  it('shorten long labels with an ellipsis, counting full-width characters double', () => {
    const long = entity('event:long', {
      name: "2nd Japan–Australia–India–US Foreign Ministers' Meeting (2020)",
      nameJa: '第2回日米豪印外相会合（2020年、東京）',
    });
    const labels = (lang: 'en' | 'ja') =>
      toElements(graph({ nodes: [long], expanded: new Set() }), lang).nodes[0]?.label;
    expect(labels('en')).toBe('2nd Japan–Australia–India…');
    expect(labels('ja')).toBe('第2回日米豪印外相会合（20…');
    expect(fitLabel('Japan')).toBe('Japan');
    expect(fitLabel('x'.repeat(25))).toBe('x'.repeat(25));
    expect(fitLabel('x'.repeat(26))).toBe(`${'x'.repeat(25)}…`);
  });

  it('size nodes by their relations, the size the stylesheet draws and the layout is given', () => {
    expect([0, 30, 60, 5000].map(nodeSize)).toEqual([18, 36, 54, 54]);
    const elements = toElements(graph(), 'en');
    expect(elements.nodes.map((n) => n.size)).toEqual([nodeSize(5), nodeSize(1)]);
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet() });
    syncElements(cy, elements);
    expect(cy.nodes().map((n) => n.width())).toEqual([nodeSize(5), nodeSize(1)]);
    cy.destroy();
  });

  it('keep labels as plain data, markup included', () => {
    const html = entity('actor:x', { name: '<img src=x onerror=f()>' });
    expect(toElements(graph({ nodes: [html], edges: [] }), 'en').nodes[0]?.label).toBe('<img src=x onerror=f()>');
  });
});

describe('patching a Cytoscape instance by id', () => {
  it('adds, updates and removes only what changed, keeping positions of the rest', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: graphStylesheet() });
    const first = syncElements(cy, toElements(graph(), 'en'));
    expect(first.added.sort()).toEqual(['actor:japan', 'framework:quad', member.id].sort());
    cy.getElementById('framework:quad').position({ x: 500, y: 300 });

    const again = syncElements(cy, toElements(graph(), 'en'));
    expect(again).toEqual({ added: [], removed: [], updated: [] });

    const relabelled = syncElements(cy, toElements(graph(), 'ja'));
    expect(relabelled.updated.sort()).toEqual(['actor:japan', 'framework:quad', member.id].sort());
    expect(cy.getElementById('framework:quad').position()).toEqual({ x: 500, y: 300 });

    const india = entity('actor:india', { kind: 'ACTOR' });
    const indiaQuad = relation('actor:india', 'MEMBER_OF', 'framework:quad');
    const grown = syncElements(
      cy,
      toElements(graph({ nodes: [quad, india], edges: [indiaQuad], expanded: new Set() }), 'ja'),
    );
    expect(grown.removed.sort()).toEqual(['actor:japan', member.id].sort());
    expect(grown.added.sort()).toEqual(['actor:india', indiaQuad.id].sort());
    // The new node starts next to its placed neighbour, not at the origin.
    const p = cy.getElementById('actor:india').position();
    expect(Math.hypot(p.x - 500, p.y - 300)).toBeLessThan(100);
    cy.destroy();
  });

  it('handles thousands of elements in one batch', () => {
    const cy = cytoscape({ headless: true });
    const nodes = Array.from({ length: 2500 }, (_, i) => entity(`actor:n${i}`, { kind: 'ACTOR' }));
    const edges = nodes.slice(1).map((n, i) => relation(n.id, 'PARTNER_OF', `actor:n${i}`));
    const started = performance.now();
    syncElements(cy, toElements(graph({ nodes, edges, expanded: new Set() }), 'en'));
    expect(cy.elements()).toHaveLength(4999);
    expect(performance.now() - started).toBeLessThan(5000);
    cy.destroy();
  });
});
