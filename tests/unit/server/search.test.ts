import { describe, expect, it } from 'vitest';
import {
  buildLuceneQuery,
  escapeLucene,
  rankHits,
  RELEVANCE_CUTOFF,
  SEARCH_CANDIDATES,
  searchEntities,
} from '../../../server/src/domain/search.js';
import type { EntityRecord } from '../../../server/src/db/records.js';

function entity(id: string, name: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return {
    id,
    kind: 'Framework',
    type: 'grouping',
    name,
    nameJa: name,
    acronym: null,
    aliases: [],
    aliasesJa: [],
    description: '',
    descriptionJa: '',
    place: null,
    placeJa: null,
    start: null,
    startPrecision: null,
    startYear: null,
    end: null,
    endPrecision: null,
    endYear: null,
    ...extra,
  };
}

describe('search query building', () => {
  it('escapes every Lucene operator so user text is only ever text', () => {
    for (const c of '+-&|!(){}[]^"~*?:\\/') expect(escapeLucene(`a${c}b`)).toBe(`a\\${c}b`);
    expect(buildLuceneQuery('}) DETACH DELETE n //')).toBe(
      '"\\}\\) detach delete n \\/\\/"^4 OR \\}\\) OR detach OR detach*^2 OR detach~1 OR delete OR delete*^2 OR delete~1 OR n OR n*^2 OR \\/\\/',
    );
  });

  it('lower-cases words so AND/OR/NOT are not operators', () => {
    expect(buildLuceneQuery('NATO AND Japan')).not.toMatch(/\bAND\b/);
  });

  it('adds prefix and fuzzy clauses for Latin words, not for Japanese', () => {
    const latin = buildLuceneQuery('quadd')!;
    expect(latin).toContain('quadd*');
    expect(latin).toContain('quadd~1');
    expect(buildLuceneQuery('クアッド')).toBe('"クアッド"^4 OR クアッド');
  });

  it('returns nothing for blank text', () => {
    expect(buildLuceneQuery('   ')).toBeNull();
    expect(buildLuceneQuery('')).toBeNull();
  });
});

describe('search ranking', () => {
  it('puts an exact acronym match above a higher index score', () => {
    const quad = entity('framework:quad', 'Quadrilateral Security Dialogue', {
      acronym: 'Quad',
      aliasesJa: ['クアッド'],
    });
    const other = entity('framework:quadrant', 'Quadrant Plan');
    const ranked = rankHits('quad', [
      { entity: other, score: 9 },
      { entity: quad, score: 2 },
    ]);
    expect(ranked.map((h) => h.entity.id)).toEqual(['framework:quad', 'framework:quadrant']);
    expect(ranked[0]!.matched).toBe('Quad');
  });

  it('cuts off hits that match no label and score far below the best', () => {
    const seato = entity('framework:seato', 'Southeast Asia Treaty Organization', { nameJa: '東南アジア条約機構' });
    const pact = entity('framework:manila-pact', 'Southeast Asia Collective Defense Treaty');
    const georgia = entity('actor:georgia', 'Georgia', { nameJa: 'ジョージア' });
    const ranked = rankHits('東南アジア条約機構', [
      { entity: seato, score: 80 },
      { entity: pact, score: 80 * RELEVANCE_CUTOFF },
      { entity: georgia, score: 80 * RELEVANCE_CUTOFF - 0.01 },
    ]);
    expect(ranked.map((h) => h.entity.id)).toEqual(['framework:seato', 'framework:manila-pact']);
  });

  it('keeps every label match whatever its index score', () => {
    const japan = entity('actor:japan', 'Japan');
    const itpp = entity('framework:itpp-japan', 'Japan–NATO Individually Tailored Partnership Programme');
    const ranked = rankHits('Japan', [
      { entity: japan, score: 100 },
      { entity: itpp, score: 1 },
    ]);
    expect(ranked.map((h) => h.entity.id)).toEqual(['actor:japan', 'framework:itpp-japan']);
  });

  it('matches Japanese aliases exactly', () => {
    const quad = entity('framework:quad', 'Quadrilateral Security Dialogue', { aliasesJa: ['クアッド'] });
    expect(rankHits('クアッド', [{ entity: quad, score: 1 }])[0]!.matched).toBe('クアッド');
  });
});

describe('the search operation', () => {
  const quad = entity('framework:quad', 'Quadrilateral Security Dialogue', { acronym: 'Quad', degree: 12 });
  const quadrant = entity('framework:quadrant', 'Quadrant Plan', { degree: 1 });

  it('asks the finder with the Lucene query and kinds, and ranks and cuts what it found', async () => {
    const asked: unknown[] = [];
    const hits = await searchEntities('quad', ['Framework'], 1, async (...query) => {
      asked.push(query);
      return [
        { entity: quadrant, score: 9 },
        { entity: quad, score: 2 },
      ];
    });
    expect(asked).toEqual([[buildLuceneQuery('quad'), ['Framework'], SEARCH_CANDIDATES]]);
    expect(hits.map((h) => [h.entity.id, h.matched])).toEqual([['framework:quad', 'Quad']]);
  });

  it('finds nothing for blank text without asking the index', async () => {
    let asked = false;
    const hits = await searchEntities('  ', null, 20, async () => {
      asked = true;
      return [{ entity: quad, score: 1 }];
    });
    expect(hits).toEqual([]);
    expect(asked).toBe(false);
  });
});
