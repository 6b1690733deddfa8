import { describe, expect, it } from 'vitest';
import { parseRelationId, relationId } from '../../../server/src/domain/relationId.js';
import { RELATION_TYPES } from '../../../server/src/domain/vocabulary.js';

describe('relation ids', () => {
  it('read back as the type, ends and key they were written from, for every type', () => {
    for (const type of RELATION_TYPES)
      for (const key of [null, 'second-term']) {
        const id = relationId(type, 'actor:japan', 'framework:itpp-japan', key);
        expect(parseRelationId(id)).toEqual({ type, from: 'actor:japan', to: 'framework:itpp-japan', key });
      }
  });

  it('are written in the documented form', () => {
    expect(relationId('SUPERSEDES', 'framework:itpp-japan', 'framework:ipcp-japan')).toBe(
      'framework:itpp-japan-[SUPERSEDES]->framework:ipcp-japan',
    );
    expect(relationId('LED', 'actor:kishida', 'actor:japan', 'prime-minister')).toBe(
      'actor:kishida-[LED]->actor:japan#prime-minister',
    );
  });

  it('keep ends whose ids contain dashes and arrows apart', () => {
    const id = relationId('PART_OF', 'event:madrid-summit-2022', 'framework:nato-summits');
    expect(parseRelationId(id)).toMatchObject({ from: 'event:madrid-summit-2022', to: 'framework:nato-summits' });
  });

  it('are not entity ids, nor relations of a type outside the vocabulary', () => {
    expect(parseRelationId('actor:japan')).toBeNull();
    expect(parseRelationId('actor:japan-[ALLIED_WITH]->actor:usa')).toBeNull();
    expect(parseRelationId('actor:japan-[MEMBER_OF]->')).toBeNull();
    expect(parseRelationId('')).toBeNull();
  });

  it('refuse a key that is not kebab-case, which could not be read back', () => {
    expect(() => relationId('LED', 'actor:a', 'actor:b', 'Not Kebab')).toThrow(/kebab-case/);
  });
});
