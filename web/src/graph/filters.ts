/** Which elements of the visible graph pass the year and the kind/relation-type filters. */
import type { EntityKind, RelationType } from '../api/generated';
import type { EntitySummary, RelationSummary } from './model';
import { isValidAt } from './temporal';

export interface ViewFilters {
  year: number | null;
  hiddenTypes: readonly RelationType[];
  hiddenKinds: readonly EntityKind[];
}

export interface FilterResult {
  /** Outside their validity at the chosen year. */
  outOfTime: Set<string>;
  /** Hidden by the kind or relation-type filters (or because an end node is hidden). */
  filtered: Set<string>;
}

export function applyFilters(
  nodes: readonly EntitySummary[],
  edges: readonly RelationSummary[],
  filters: ViewFilters,
): FilterResult {
  const outOfTime = new Set<string>();
  const filtered = new Set<string>();
  for (const node of nodes) {
    if (!isValidAt(node.start, node.end, filters.year)) outOfTime.add(node.id);
    if (filters.hiddenKinds.includes(node.kind)) filtered.add(node.id);
  }
  const hidden = (id: string) => outOfTime.has(id) || filtered.has(id);
  for (const edge of edges) {
    if (!isValidAt(edge.since, edge.until, filters.year)) outOfTime.add(edge.id);
    else if (filters.hiddenTypes.includes(edge.type) || hidden(edge.from.id) || hidden(edge.to.id)) {
      filtered.add(edge.id);
    }
  }
  return { outOfTime, filtered };
}

export function isShown(id: string, result: FilterResult): boolean {
  return !result.outOfTime.has(id) && !result.filtered.has(id);
}
