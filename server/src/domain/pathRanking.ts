/**
 * Path ranking: the order in which traced paths are listed. The shortest paths between two
 * frameworks often run through "compared to" or "criticised": they connect the ends in the text
 * without saying that they belong together. So each hop costs what its relation group says about
 * its ends, a path costs the sum of its hops, and the cheapest path comes first (then the
 * shorter, then the order the search found them in). The weights are the one definition; the
 * API returns paths in this order and tells the client which types count as weak.
 */
import { RELATION_GROUP, RELATION_TYPES, type RelationGroup, type RelationType } from './vocabulary.js';

/**
 * Cost of one hop by its relation's group. Belonging (membership, party, signatory), taking part
 * and lineage cost 1; a stance (support, proposal) 3; criticism, opposition and mere association
 * (comparison, "addressed") 4: a path of three membership hops ranks before two comparisons.
 */
export const HOP_COST: Record<RelationGroup, number> = {
  membership: 1,
  participation: 1,
  lineage: 1,
  stance: 3,
  opposition: 4,
  association: 4,
};

/**
 * Paths the search finds for ranking, whatever page is asked for: the same candidates for every
 * page, so paging through them never reorders what was already shown (also the most `first` may ask).
 */
export const PATH_CANDIDATES = 30;

/** A hop is weak when it costs more than a hop that says its ends belong together. */
const WEAK_COST = 3;

/** The relation types whose hops count as weak, in vocabulary order (the client's "exclude weak" filter). */
export const WEAK_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter(
  (type) => HOP_COST[RELATION_GROUP[type]] >= WEAK_COST,
);

export interface PathCost {
  cost: number;
  weakHops: number;
}

export function pathCost(types: readonly RelationType[]): PathCost {
  let cost = 0;
  let weakHops = 0;
  for (const type of types) {
    const hop = HOP_COST[RELATION_GROUP[type]];
    cost += hop;
    if (hop >= WEAK_COST) weakHops++;
  }
  return { cost, weakHops };
}

/** The paths in ranked order, each with its cost; the sort is stable, so ties keep the search's order. */
export function rankPaths<P extends { edges: readonly { type: RelationType }[] }>(
  paths: readonly P[],
): (P & PathCost)[] {
  return paths
    .map((path) => ({ ...path, ...pathCost(path.edges.map((e) => e.type)) }))
    .sort((a, b) => a.cost - b.cost || a.edges.length - b.edges.length);
}
