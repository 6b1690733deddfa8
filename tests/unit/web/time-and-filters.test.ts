import { describe, expect, it } from 'vitest';
import { applyFilters, isShown } from '../../../web/src/graph/filters';
import { isValidAt } from '../../../web/src/graph/temporal';
import { entity, relation } from './fixtures';

describe('as-of year', () => {
  it('shows what had started and not yet ended; undated things always', () => {
    const span = (start: number | null, end: number | null) => [{ year: start }, { year: end }] as const;
    expect(isValidAt(...span(1967, null), 1966)).toBe(false);
    expect(isValidAt(...span(1967, null), 1967)).toBe(true);
    expect(isValidAt(...span(1954, 1977), 1978)).toBe(false);
    expect(isValidAt(...span(1954, 1977), 1977)).toBe(true);
    expect(isValidAt(null, null, 1900)).toBe(true);
    expect(isValidAt(...span(2020, null), null)).toBe(true);
  });

  it('hides ASEAN and its relations before 1967', () => {
    const asean = entity('framework:asean', { startYear: 1967 });
    const thailand = entity('actor:thailand', { kind: 'ACTOR' });
    const member = relation('actor:thailand', 'MEMBER_OF', 'framework:asean', { sinceYear: 1967 });
    const result = applyFilters([asean, thailand], [member], {
      year: 1960,
      hideUndated: false,
      hiddenTypes: [],
      hiddenKinds: [],
    });
    expect(isShown('framework:asean', result)).toBe(false);
    expect(isShown('actor:thailand', result)).toBe(true);
    expect(isShown(member.id, result)).toBe(false);
    const later = applyFilters([asean, thailand], [member], {
      year: 1970,
      hideUndated: false,
      hiddenTypes: [],
      hiddenKinds: [],
    });
    expect([asean.id, thailand.id, member.id].every((id) => isShown(id, later))).toBe(true);
  });
});

describe('undated things as of a year', () => {
  const quad = entity('framework:quad');
  const japan = entity('actor:japan', { kind: 'ACTOR' });
  const vietnam = entity('actor:vietnam', { kind: 'ACTOR' });
  const asean = entity('framework:asean', { startYear: 1967 });
  const quadMember = relation('actor:japan', 'MEMBER_OF', 'framework:quad');
  const aseanMember = relation('actor:vietnam', 'MEMBER_OF', 'framework:asean', { sinceYear: 1995 });
  const nodes = [quad, japan, vietnam, asean];
  const edges = [quadMember, aseanMember];

  it('marks undated entities and relations in as-of mode only, and hides them when asked', () => {
    const marked = applyFilters(nodes, edges, { year: 1970, hideUndated: false, hiddenTypes: [], hiddenKinds: [] });
    expect([...marked.undated].sort()).toEqual([quad.id, japan.id, vietnam.id, quadMember.id].sort());
    expect(isShown(quad.id, marked)).toBe(true);
    const hidden = applyFilters(nodes, edges, { year: 1970, hideUndated: true, hiddenTypes: [], hiddenKinds: [] });
    expect([quad.id, japan.id, quadMember.id].some((id) => isShown(id, hidden))).toBe(false);
    expect(isShown(asean.id, hidden)).toBe(true);
    const allYears = applyFilters(nodes, edges, { year: null, hideUndated: true, hiddenTypes: [], hiddenKinds: [] });
    expect(allYears.undated.size).toBe(0);
    expect(nodes.every((n) => isShown(n.id, allYears))).toBe(true);
  });

  it('dims an entity whose every relation lies outside the year', () => {
    const in1970 = applyFilters(nodes, edges, { year: 1970, hideUndated: false, hiddenTypes: [], hiddenKinds: [] });
    expect([...in1970.inactive].sort()).toEqual([asean.id, vietnam.id].sort());
    const in2000 = applyFilters(nodes, edges, { year: 2000, hideUndated: false, hiddenTypes: [], hiddenKinds: [] });
    expect(in2000.inactive.size).toBe(0);
  });
});

describe('kind and relation-type filters', () => {
  it('hide the chosen kinds and types, and relations whose end is hidden', () => {
    const summit = entity('event:madrid-summit-2022', { kind: 'EVENT' });
    const japan = entity('actor:japan', { kind: 'ACTOR' });
    const nato = entity('actor:nato', { kind: 'ACTOR' });
    const attended = relation('actor:japan', 'ATTENDED', 'event:madrid-summit-2022');
    const partner = relation('actor:japan', 'PARTNER_OF', 'actor:nato');
    const byKind = applyFilters([summit, japan, nato], [attended, partner], {
      year: null,
      hideUndated: false,
      hiddenTypes: [],
      hiddenKinds: ['EVENT'],
    });
    expect([...byKind.filtered].sort()).toEqual([attended.id, summit.id].sort());
    const byType = applyFilters([summit, japan, nato], [attended, partner], {
      year: null,
      hideUndated: false,
      hiddenTypes: ['PARTNER_OF'],
      hiddenKinds: [],
    });
    expect([...byType.filtered]).toEqual([partner.id]);
  });
});
