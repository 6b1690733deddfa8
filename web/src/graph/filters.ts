/** Which elements of the visible graph pass the year and the kind/relation-type filters. */
import type { EntityKind, RelationType } from '../api/generated';
import type { EntityGroup, EntitySummary, RelationSummary } from './model';
import { isUndated, isValidAt } from './temporal';

export interface ViewFilters {
  year: number | null;
  /** With a year: leave out what has no date at all. */
  hideUndated: boolean;
  hiddenTypes: readonly RelationType[];
  hiddenKinds: readonly EntityKind[];
}

export interface FilterResult {
  /** Outside their validity at the chosen year. */
  outOfTime: Set<string>;
  /** Hidden by the kind or relation-type filters (or because an end node is hidden). */
  filtered: Set<string>;
  /** With a year: shown although nothing dates them (faded), or hidden when hideUndated. */
  undated: Set<string>;
  /** With a year: entities valid then whose every relation on the canvas is not (dimmed). */
  inactive: Set<string>;
}

export function applyFilters(
  nodes: readonly EntitySummary[],
  edges: readonly RelationSummary[],
  filters: ViewFilters,
): FilterResult {
  const outOfTime = new Set<string>();
  const filtered = new Set<string>();
  const undated = new Set<string>();
  const asOf = filters.year !== null;
  const hideUndated = asOf && filters.hideUndated;
  for (const node of nodes) {
    if (!isValidAt(node.start, node.end, filters.year)) outOfTime.add(node.id);
    if (asOf && isUndated(node.start, node.end)) undated.add(node.id);
    if (filters.hiddenKinds.includes(node.kind) || (hideUndated && undated.has(node.id))) filtered.add(node.id);
  }
  const hidden = (id: string) => outOfTime.has(id) || filtered.has(id);
  /** Per entity: whether one of its relations holds in the year (absent: it has none on the canvas). */
  const active = new Map<string, boolean>();
  const mark = (id: string, holds: boolean) => active.set(id, (active.get(id) ?? false) || holds);
  for (const edge of edges) {
    const holds = isValidAt(edge.since, edge.until, filters.year);
    mark(edge.from.id, holds);
    mark(edge.to.id, holds);
    if (asOf && isUndated(edge.since, edge.until)) undated.add(edge.id);
    if (!holds) outOfTime.add(edge.id);
    else if (
      filters.hiddenTypes.includes(edge.type) ||
      (hideUndated && undated.has(edge.id)) ||
      hidden(edge.from.id) ||
      hidden(edge.to.id)
    ) {
      filtered.add(edge.id);
    }
  }
  const inactive = new Set(asOf ? [...active].filter(([id, holds]) => !holds && !hidden(id)).map(([id]) => id) : []);
  return { outOfTime, filtered, undated, inactive };
}

export function isShown(id: string, result: FilterResult): boolean {
  return !result.outOfTime.has(id) && !result.filtered.has(id);
}

/** Group nodes follow the kind and relation-type filters, and their owner: hidden with them. */
export function filterGroups(groups: readonly EntityGroup[], result: FilterResult, filters: ViewFilters): FilterResult {
  const hidden = groups.filter(
    (g) =>
      filters.hiddenKinds.includes(g.kind) || filters.hiddenTypes.includes(g.relationType) || !isShown(g.owner, result),
  );
  if (hidden.length === 0) return result;
  return { ...result, filtered: new Set([...result.filtered, ...hidden.flatMap((g) => [g.nodeId, g.edgeId])]) };
}
