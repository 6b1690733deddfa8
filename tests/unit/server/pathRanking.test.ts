import { describe, expect, it } from 'vitest';
import { HOP_COST, WEAK_RELATION_TYPES, pathCost, rankPaths } from '../../../server/src/domain/pathRanking.js';
import { RELATION_GROUP, type RelationType } from '../../../server/src/domain/vocabulary.js';

const path = (name: string, ...types: RelationType[]) => ({ name, edges: types.map((type) => ({ type })) });

describe('path ranking', () => {
  it('puts two membership hops before two comparisons of the same length', () => {
    const ranked = rankPaths([
      path('compared', 'COMPARED_TO', 'COMPARED_TO'),
      path('members', 'MEMBER_OF', 'MEMBER_OF'),
    ]);
    expect(ranked.map((p) => p.name)).toEqual(['members', 'compared']);
    expect(ranked.map((p) => [p.cost, p.weakHops])).toEqual([
      [2, 0],
      [8, 2],
    ]);
  });

  it('ranks membership, party, signatory and participation before support, comparison and criticism', () => {
    for (const strong of ['MEMBER_OF', 'PARTY_TO', 'SIGNATORY_OF', 'PARTICIPATED_IN'] as const)
      for (const weak of ['SUPPORTED', 'COMPARED_TO', 'CRITICISED'] as const)
        expect(pathCost([strong]).cost).toBeLessThan(pathCost([weak]).cost);
  });

  it('prefers a longer path of belonging to a shorter one of mentions', () => {
    const ranked = rankPaths([
      path('mentions', 'COMPARED_TO', 'ADDRESSED'),
      path('long', 'MEMBER_OF', 'PARTY_TO', 'PARTY_TO'),
    ]);
    expect(ranked.map((p) => p.name)).toEqual(['long', 'mentions']);
  });

  it('keeps the search order between equal costs, the shorter first', () => {
    const ranked = rankPaths([
      path('a', 'MEMBER_OF', 'MEMBER_OF'),
      path('b', 'PARTY_TO', 'MEMBER_OF'),
      path('c', 'MEMBER_OF'),
    ]);
    expect(ranked.map((p) => p.name)).toEqual(['c', 'a', 'b']);
  });

  it('calls weak exactly the types of the groups that cost more than belonging', () => {
    expect(WEAK_RELATION_TYPES).toContain('COMPARED_TO');
    expect(WEAK_RELATION_TYPES).toContain('CRITICISED');
    expect(WEAK_RELATION_TYPES).toContain('SUPPORTED');
    expect(WEAK_RELATION_TYPES).not.toContain('MEMBER_OF');
    for (const type of WEAK_RELATION_TYPES) expect(HOP_COST[RELATION_GROUP[type]]).toBeGreaterThan(HOP_COST.membership);
  });
});
