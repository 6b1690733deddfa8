/** Small hand-made entities and relations shaped like the API's summaries. */
import type { DatePrecision, EntityKind, RelationType } from '../../../web/src/api/generated';
import type { EntitySummary, RelationSummary } from '../../../web/src/graph/model';

const date = (value: string, year: number | null, precision: DatePrecision = 'YEAR') => ({ value, precision, year });

export function entity(
  id: string,
  overrides: Partial<EntitySummary> & { kind?: EntityKind; startYear?: number; endYear?: number } = {},
): EntitySummary {
  const { startYear, endYear, ...rest } = overrides;
  return {
    id,
    kind: 'FRAMEWORK',
    type: 'grouping',
    name: id.split(':')[1] ?? id,
    nameJa: `${id}（日本語）`,
    acronym: null,
    start: startYear === undefined ? null : date(String(startYear), startYear),
    end: endYear === undefined ? null : date(String(endYear), endYear),
    degree: 3,
    ...rest,
  };
}

export function relation(
  from: string,
  type: RelationType,
  to: string,
  overrides: Partial<RelationSummary> & { sinceYear?: number; untilYear?: number } = {},
): RelationSummary {
  const { sinceYear, untilYear, ...rest } = overrides;
  return {
    id: `${from}-[${type}]->${to}`,
    type,
    from: { id: from },
    to: { id: to },
    role: null,
    roleJa: null,
    since: sinceYear === undefined ? null : date(String(sinceYear), sinceYear),
    until: untilYear === undefined ? null : date(String(untilYear), untilYear),
    conflicted: false,
    ...rest,
  };
}
