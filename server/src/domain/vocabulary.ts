/**
 * The closed vocabulary of the knowledge graph. Labels and relationship types only ever reach
 * Cypher from these lists (see seed/README.md for what each means).
 */

export const ENTITY_KINDS = ['Actor', 'Framework', 'Event', 'Area'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ENTITY_TYPES: Record<EntityKind, readonly string[]> = {
  Actor: ['state', 'organisation', 'body', 'person'],
  Framework: [
    'alliance',
    'treaty',
    'partnership',
    'agreement',
    'grouping',
    'regional-organisation',
    'forum',
    'status',
    'mission',
    'initiative',
    'declaration',
  ],
  Event: ['summit', 'ministerial', 'meeting', 'speech', 'visit', 'signing', 'exercise', 'crisis', 'other'],
  Area: ['area'],
};

/** The id prefix of each kind: `actor:japan`, `framework:quad` … */
export const ID_PREFIX: Record<EntityKind, string> = {
  Actor: 'actor',
  Framework: 'framework',
  Event: 'event',
  Area: 'area',
};

export const RELATION_TYPES = [
  'MEMBER_OF',
  'PARTY_TO',
  'SIGNATORY_OF',
  'PARTNER_OF',
  'HAS_STATUS',
  'SUPERSEDES',
  'REVISION_OF',
  'ESTABLISHED_BY',
  'PART_OF',
  'ATTENDED',
  'HOSTED',
  'PARTICIPATED_IN',
  'CONTRIBUTED_TO',
  'LED',
  'PROPOSED',
  'ADOPTED',
  'SUPPORTED',
  'OPPOSED',
  'CRITICISED',
  'COOPERATES_ON',
  'COMPARED_TO',
  'TARGETS',
  'TAKES_OVER_FROM',
  'ADDRESSED',
  'CARRIED_OUT',
  'DECIDES_ON',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * What a relation says about how its ends belong together, from belonging (membership) to merely
 * being mentioned side by side (association). The web colours relations by these groups
 * (web/src/vocabulary.ts, held equal by tests/unit/shared/vocabulary.test.ts) and path ranking
 * (pathRanking.ts) weighs hops by them.
 */
export const RELATION_GROUPS = [
  'membership',
  'lineage',
  'participation',
  'stance',
  'opposition',
  'association',
] as const;
export type RelationGroup = (typeof RELATION_GROUPS)[number];

export const RELATION_GROUP: Record<RelationType, RelationGroup> = {
  MEMBER_OF: 'membership',
  PARTY_TO: 'membership',
  SIGNATORY_OF: 'membership',
  PARTNER_OF: 'membership',
  HAS_STATUS: 'membership',
  SUPERSEDES: 'lineage',
  REVISION_OF: 'lineage',
  ESTABLISHED_BY: 'lineage',
  PART_OF: 'lineage',
  ATTENDED: 'participation',
  HOSTED: 'participation',
  PARTICIPATED_IN: 'participation',
  CONTRIBUTED_TO: 'participation',
  LED: 'participation',
  PROPOSED: 'stance',
  ADOPTED: 'stance',
  SUPPORTED: 'stance',
  OPPOSED: 'opposition',
  CRITICISED: 'opposition',
  COOPERATES_ON: 'association',
  COMPARED_TO: 'association',
  TARGETS: 'association',
  TAKES_OVER_FROM: 'lineage',
  ADDRESSED: 'association',
  CARRIED_OUT: 'participation',
  DECIDES_ON: 'stance',
};

const ANY: readonly EntityKind[] = ENTITY_KINDS;

/** The entity kinds each relation type may run from and to (seed/README.md's vocabulary table). */
export const RELATION_ENDS: Record<RelationType, { from: readonly EntityKind[]; to: readonly EntityKind[] }> = {
  MEMBER_OF: { from: ['Actor'], to: ['Framework', 'Actor'] },
  PARTY_TO: { from: ['Actor'], to: ['Framework'] },
  SIGNATORY_OF: { from: ['Actor'], to: ['Framework'] },
  PARTNER_OF: { from: ['Actor'], to: ['Actor', 'Framework'] },
  HAS_STATUS: { from: ['Actor'], to: ['Framework'] },
  SUPERSEDES: { from: ['Framework'], to: ['Framework'] },
  REVISION_OF: { from: ['Framework'], to: ['Framework'] },
  ESTABLISHED_BY: { from: ANY, to: ['Framework', 'Event', 'Actor'] },
  PART_OF: { from: ANY, to: ANY },
  ATTENDED: { from: ['Actor'], to: ['Event'] },
  HOSTED: { from: ['Actor'], to: ['Event'] },
  PARTICIPATED_IN: { from: ['Actor'], to: ['Framework', 'Event'] },
  CONTRIBUTED_TO: { from: ['Actor'], to: ['Framework', 'Event'] },
  LED: { from: ['Actor'], to: ['Actor', 'Framework', 'Event'] },
  PROPOSED: { from: ['Actor'], to: ['Framework', 'Event', 'Actor'] },
  ADOPTED: { from: ['Actor', 'Event'], to: ['Framework'] },
  SUPPORTED: { from: ['Actor'], to: ANY },
  OPPOSED: { from: ['Actor'], to: ANY },
  CRITICISED: { from: ['Actor'], to: ANY },
  COOPERATES_ON: { from: ['Actor', 'Framework'], to: ['Area'] },
  COMPARED_TO: { from: ANY, to: ANY },
  TARGETS: { from: ['Framework', 'Actor'], to: ['Actor'] },
  TAKES_OVER_FROM: { from: ['Actor', 'Framework'], to: ['Actor', 'Framework'] },
  ADDRESSED: { from: ['Framework', 'Event'], to: ANY },
  CARRIED_OUT: { from: ['Actor'], to: ['Event'] },
  DECIDES_ON: { from: ['Actor'], to: ANY },
};

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
