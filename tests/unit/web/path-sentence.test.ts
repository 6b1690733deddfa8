import { describe, expect, it } from 'vitest';
import type { RelationType } from '../../../web/src/api/generated.js';
import { pathSentence, sharedMembersSentence } from '../../../web/src/i18n/pathSentence.js';
import { translator } from '../../../web/src/i18n/strings.js';

const entity = (id: string, name: string, nameJa: string, acronym: string | null = null) => ({
  id,
  name,
  nameJa,
  acronym,
});
const seato = entity('framework:seato', 'Southeast Asia Treaty Organization', '東南アジア条約機構', 'SEATO');
const quad = entity('framework:quad', 'Quadrilateral Security Dialogue', '日米豪印戦略対話', 'Quad');
const nato = entity('actor:nato', 'North Atlantic Treaty Organization', '北大西洋条約機構', 'NATO');
const us = entity('actor:united-states', 'United States', 'アメリカ合衆国');
const australia = entity('actor:australia', 'Australia', 'オーストラリア');
const hop = (type: RelationType, from: { id: string }) => ({ type, from });
const viaMember = (member: typeof us) => ({
  nodes: [seato, member, quad],
  edges: [hop('MEMBER_OF', member), hop('MEMBER_OF', member)],
});

describe('a path in one sentence', () => {
  it('says that both ends have the entity between them as a member, in English and Japanese', () => {
    expect(pathSentence(viaMember(us), 'en', translator('en'))).toBe(
      'SEATO and Quad both have United States as a member.',
    );
    expect(pathSentence(viaMember(us), 'ja', translator('ja'))).toBe(
      '東南アジア条約機構と日米豪印戦略対話はともにアメリカ合衆国を構成員とする。',
    );
  });

  it('names what a path of comparisons goes through and how', () => {
    const compared = { nodes: [seato, nato, quad], edges: [hop('COMPARED_TO', nato), hop('COMPARED_TO', quad)] };
    expect(pathSentence(compared, 'en', translator('en'))).toBe(
      'SEATO reaches Quad through NATO (compared to and compared to).',
    );
  });

  it('sums up the members all the paths share', () => {
    const paths = [viaMember(us), viaMember(australia)];
    expect(sharedMembersSentence(paths, 'en', translator('en'))).toBe(
      'SEATO and Quad share United States and Australia as members.',
    );
    expect(sharedMembersSentence(paths, 'ja', translator('ja'))).toBe(
      '東南アジア条約機構と日米豪印戦略対話はアメリカ合衆国、オーストラリアを共通の構成員とする。',
    );
    expect(sharedMembersSentence([], 'en', translator('en'))).toBeNull();
  });
});

describe('plural-aware messages', () => {
  it('says "1 entity" and "2 entities" (Intl.PluralRules), Japanese with one form', () => {
    const en = translator('en');
    expect(en('graphSummary', { nodes: 1, edges: 0 })).toBe('1 entity, 0 relations on the canvas');
    expect(en('graphSummary', { nodes: 2, edges: 1 })).toBe('2 entities, 1 relation on the canvas');
    expect(en('hops', { n: 1 })).toBe('1 hop');
    expect(translator('ja')('hops', { n: 1 })).toBe('1 ホップ');
  });
});
