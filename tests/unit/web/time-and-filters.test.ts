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
    const result = applyFilters([asean, thailand], [member], { year: 1960, hiddenTypes: [], hiddenKinds: [] });
    expect(isShown('framework:asean', result)).toBe(false);
    expect(isShown('actor:thailand', result)).toBe(true);
    expect(isShown(member.id, result)).toBe(false);
    const later = applyFilters([asean, thailand], [member], { year: 1970, hiddenTypes: [], hiddenKinds: [] });
    expect([asean.id, thailand.id, member.id].every((id) => isShown(id, later))).toBe(true);
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
      hiddenTypes: [],
      hiddenKinds: ['EVENT'],
    });
    expect([...byKind.filtered].sort()).toEqual([attended.id, summit.id].sort());
    const byType = applyFilters([summit, japan, nato], [attended, partner], {
      year: null,
      hiddenTypes: ['PARTNER_OF'],
      hiddenKinds: [],
    });
    expect([...byType.filtered]).toEqual([partner.id]);
  });
});
