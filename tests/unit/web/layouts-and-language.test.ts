import { describe, expect, it } from 'vitest';
import { LARGE_GRAPH_NODES, layoutOptions, timelinePositions, YEAR_WIDTH } from '../../../web/src/canvas/layouts';
import { computeFcosePositions } from '../../../web/src/canvas/fcoseLayout';
import { SEED_DIR, SOURCES_DIR } from '../../../server/src/seed/paths';
import { loadDataset } from '../../../server/src/seed/validate';
import { formatPartialDate, subtypeLabel, translator } from '../../../web/src/i18n/strings';

describe('time-ordered layout', () => {
  const nodes = [
    { id: 'framework:seato', kind: 'FRAMEWORK' as const, startYear: 1954 },
    { id: 'framework:asean', kind: 'FRAMEWORK' as const, startYear: 1967 },
    { id: 'framework:anzus', kind: 'FRAMEWORK' as const, startYear: 1954 },
    { id: 'actor:thailand', kind: 'ACTOR' as const, startYear: null },
    { id: 'actor:nowhere', kind: 'ACTOR' as const, startYear: null },
  ];
  const positions = timelinePositions(nodes, [{ source: 'actor:thailand', target: 'framework:asean' }]);

  it('puts x at the start year and stacks the same year', () => {
    expect(positions.get('framework:asean')!.x - positions.get('framework:seato')!.x).toBe(13 * YEAR_WIDTH);
    expect(positions.get('framework:anzus')!.x).toBe(positions.get('framework:seato')!.x);
    expect(positions.get('framework:anzus')!.y).not.toBe(positions.get('framework:seato')!.y);
  });

  it('places undated nodes at their dated neighbour, else on the left', () => {
    expect(positions.get('actor:thailand')!.x).toBe(positions.get('framework:asean')!.x);
    expect(positions.get('actor:nowhere')!.x).toBeLessThan(positions.get('framework:seato')!.x);
  });

  it('runs fcose in draft quality and without animation for large graphs', () => {
    expect(layoutOptions('fcose', LARGE_GRAPH_NODES + 1, { incremental: false })).toMatchObject({
      quality: 'draft',
      animate: false,
    });
    expect(layoutOptions('fcose', 20, { incremental: true })).toMatchObject({ quality: 'default', randomize: false });
  });
});

describe('language', () => {
  it('formats dates with their precision in both languages', () => {
    const en = translator('en');
    const ja = translator('ja');
    expect(formatPartialDate({ value: 'by:2025', precision: 'BY' }, en)).toBe('by 2025');
    expect(formatPartialDate({ value: 'by:2025', precision: 'BY' }, ja)).toBe('2025までに');
    expect(formatPartialDate({ value: 'FY2024', precision: 'FISCAL_YEAR' }, ja)).toBe('2024年度');
    expect(formatPartialDate({ value: '1990s', precision: 'DECADE' }, ja)).toBe('1990年代');
    expect(formatPartialDate({ value: 'present', precision: 'PRESENT' }, en)).toBe('present');
    expect(formatPartialDate({ value: '2023-07', precision: 'MONTH' }, en)).toBe('2023-07');
  });

  it('names the seed’s entity sub-types in both languages and shows any other as written', () => {
    const seedTypes = new Set(loadDataset(SEED_DIR, { sourcesDir: SOURCES_DIR }).dataset.entities.map((e) => e.type));
    expect(seedTypes.size).toBeGreaterThan(10);
    for (const type of seedTypes) expect(subtypeLabel(type, 'ja'), type).not.toBe(type);
    expect(subtypeLabel('state', 'ja')).toBe('国家');
    expect(subtypeLabel('regional-organisation', 'en')).toBe('Regional organisation');
    expect(subtypeLabel('think-tank', 'ja')).toBe('think-tank');
    expect(subtypeLabel('constructor', 'en')).toBe('constructor');
  });

  it('fills placeholders', () => {
    expect(translator('en')('relationsShown', { shown: 3, total: 10 })).toBe('3 of 10 relations shown');
    expect(translator('ja')('relationsShown', { shown: 3, total: 10 })).toBe('関係 10 件中 3 件を表示');
  });
});

describe('fcose off the main thread', () => {
  it('computes finite, distinct positions on a headless Cytoscape', async () => {
    const nodes = Array.from({ length: 30 }, (_, i) => ({ id: `actor:n${i}`, x: 0, y: 0, size: 20 }));
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: n.id, target: `actor:n${Math.floor(i / 3)}` }));
    const positions = await computeFcosePositions({ nodes, edges, incremental: false });
    expect(Object.keys(positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    const points = Object.values(positions);
    expect(points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(points.length);
  });
});
