/** Entity kinds and relation types as the explorer draws them: one colour per kind, per relation group. */
import type { EntityKind, RelationType } from './api/generated';

export const ENTITY_KINDS: readonly EntityKind[] = ['ACTOR', 'FRAMEWORK', 'EVENT', 'AREA'];

export const KIND_STYLE: Record<
  EntityKind,
  { color: string; shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' }
> = {
  ACTOR: { color: '#3f6fa8', shape: 'ellipse' },
  FRAMEWORK: { color: '#d9822b', shape: 'round-rectangle' },
  EVENT: { color: '#4a9a5b', shape: 'diamond' },
  AREA: { color: '#8e5ea2', shape: 'hexagon' },
};

export type RelationGroup = 'membership' | 'lineage' | 'participation' | 'stance' | 'opposition' | 'association';

export const RELATION_GROUPS: readonly RelationGroup[] = [
  'membership',
  'lineage',
  'participation',
  'stance',
  'opposition',
  'association',
];

export const GROUP_STYLE: Record<RelationGroup, { color: string; line: 'solid' | 'dashed' | 'dotted' }> = {
  membership: { color: '#52708f', line: 'solid' },
  lineage: { color: '#a07a3c', line: 'solid' },
  participation: { color: '#5f9470', line: 'solid' },
  stance: { color: '#7d8a99', line: 'dashed' },
  opposition: { color: '#c0504d', line: 'dashed' },
  association: { color: '#9a7bb0', line: 'dotted' },
};

/** Relations whose sources disagree: a colour and a dash-dot line that no relation group uses. */
export const CONFLICT_STYLE = { color: '#e8590c', dash: [8, 3, 2, 3] } as const;

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

export const RELATION_TYPES = Object.keys(RELATION_GROUP) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_GROUP, value);
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
