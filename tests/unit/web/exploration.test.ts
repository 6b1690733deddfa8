import { describe, expect, it } from 'vitest';
import { distinctLabels } from '../../../web/src/canvas/elements';
import { separateOverlaps } from '../../../web/src/canvas/layouts';
import type { VisibleGraph } from '../../../web/src/graph/model';
import { ASK_ABOVE, CANVAS_CAP, expansionGrowth, guardExpansion } from '../../../web/src/graph/sizeGuard';
import { entity } from './fixtures';

describe('short labels', () => {
  it('names in full the entities that would read the same, and keeps the others short', () => {
    const labels = distinctLabels(
      [
        entity('framework:itpp-japan', { name: 'Japan–NATO ITPP', acronym: 'ITPP' }),
        entity('framework:itpp-australia', { name: 'Australia–NATO ITPP', acronym: 'ITPP' }),
        entity('framework:quad', { name: 'Quadrilateral Security Dialogue', acronym: 'Quad' }),
      ],
      'en',
    );
    expect(labels.get('framework:itpp-japan')).toBe('Japan–NATO ITPP (ITPP)');
    expect(labels.get('framework:itpp-australia')).toBe('Australia–NATO ITPP (ITPP)');
    expect(labels.get('framework:quad')).toBe('Quad');
  });
});

describe('overlap separation', () => {
  it('parts discs that overlap or coincide, and leaves spaced ones where they are', () => {
    const discs = [
      { x: 0, y: 0, size: 40 },
      { x: 5, y: 0, size: 40 },
      { x: 5, y: 0, size: 20 },
      { x: 500, y: 500, size: 30 },
    ];
    const out = separateOverlaps(discs);
    for (let i = 0; i < out.length; i += 1) {
      for (let j = i + 1; j < out.length; j += 1) {
        const [a, b] = [out[i]!, out[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual((a.size + b.size) / 2);
      }
    }
    expect(out[3]).toEqual(discs[3]);
  });
});

describe('hub and size guard', () => {
  const hub = entity('actor:nato', { kind: 'ACTOR', degree: 120 });
  const graph = (nodes: number, hidden: number): VisibleGraph => ({
    nodes: [hub, ...Array.from({ length: nodes - 1 }, (_, i) => entity(`actor:n${i}`, { kind: 'ACTOR' }))],
    edges: [],
    hiddenRelations: new Map([['actor:nato', hidden]]),
    expanded: new Set(),
    groups: [],
    openGroups: [],
    trace: undefined,
    pending: 0,
  });

  it('counts what an expansion adds: its limit, or the relations left off the canvas if fewer', () => {
    expect(expansionGrowth({ type: 'expand', id: 'actor:nato', limit: 300 }, graph(1, 120))).toBe(120);
    expect(expansionGrowth({ type: 'expand', id: 'actor:nato', limit: 10 }, graph(1, 120))).toBe(10);
    expect(expansionGrowth({ type: 'showMore', id: 'actor:nato' }, graph(26, 95))).toBe(25);
  });

  it('lets the default expansion through, asks above the threshold with a smaller choice, and refuses past the cap', () => {
    expect(guardExpansion({ type: 'expand', id: 'actor:nato' }, graph(1, 120))).toEqual({ kind: 'go' });
    const ask = guardExpansion({ type: 'expand', id: 'actor:nato', limit: 300 }, graph(1, 120));
    expect(ask.kind).toBe('ask');
    expect(ask.kind === 'ask' && ask.count).toBeGreaterThan(ASK_ABOVE);
    expect(ask.kind === 'ask' && ask.fewer).toEqual({
      action: { type: 'expand', id: 'actor:nato', limit: 25 },
      count: 25,
    });
    const full = guardExpansion({ type: 'expand', id: 'actor:nato', limit: 300 }, graph(CANVAS_CAP - 10, 120));
    expect(full).toEqual({
      kind: 'full',
      count: 120,
      fewer: { action: { type: 'expand', id: 'actor:nato', limit: 10 }, count: 10 },
    });
    expect(guardExpansion({ type: 'showMore', id: 'actor:nato' }, graph(CANVAS_CAP, 120))).toEqual({
      kind: 'full',
      count: 25,
      fewer: null,
    });
  });
});
