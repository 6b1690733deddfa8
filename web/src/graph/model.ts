/**
 * What the canvas shows, derived from the view document and the answers fetched for it. Each
 * part of the document (a directly placed entity, an expansion, a trace) needs one slice of the
 * graph; the visible graph is the union of the slices the current document needs, so undo, redo
 * and shared links give the same canvas whatever was fetched before.
 */
import type {
  CitationRefFragment,
  EntitySummaryFragment,
  RelationSummaryFragment,
  RelationType,
} from '../api/generated';
import {
  GROUP_ABOVE,
  groupKey,
  groupNodeId,
  traceAsOf,
  type Expansion,
  type GraphDoc,
  type TraceSpec,
} from '../view/state';

export type EntitySummary = EntitySummaryFragment;
export type RelationSummary = RelationSummaryFragment;

export interface Slice {
  nodeIds: string[];
  edgeIds: string[];
  truncated: boolean;
}

export interface TracePath {
  nodeIds: string[];
  edgeIds: string[];
  /** Hops of a weak type (comparison, criticism, support …): the server ranks such paths last. */
  weakHops: number;
}

export interface TraceResult {
  paths: TracePath[];
  /** The server found more paths than were asked for. */
  hasMore: boolean;
  /** Paths through a hub near an end were not searched. */
  hubSkipped: boolean;
  /** The relation types the server's ranking counts as weak. */
  weakTypes: RelationType[];
  /** The citations of the paths' relations, by relation id (relation summaries carry only a count). */
  citations: ReadonlyMap<string, readonly CitationRefFragment[]>;
}

export interface GraphCache {
  entities: ReadonlyMap<string, EntitySummary>;
  relations: ReadonlyMap<string, RelationSummary>;
  slices: ReadonlyMap<string, Slice>;
  traces: ReadonlyMap<string, TraceResult>;
}

export const EMPTY_CACHE: GraphCache = {
  entities: new Map(),
  relations: new Map(),
  slices: new Map(),
  traces: new Map(),
};

export const nodeSliceKey = (id: string): string => `node:${id}`;
export const expansionKey = (e: Expansion): string => `expand:${e.id}:${[...e.types].sort().join('.')}:${e.limit}`;
export const traceKey = (t: TraceSpec, year: number | null): string =>
  `trace:${t.from}:${t.to}:${t.maxHops}:${[...t.types].sort().join('.')}:${traceAsOf(t, year) ?? ''}:${t.paths}`;

/** Entities of one sub-type that an expansion added, drawn as one node attached to its owner. */
export interface EntityGroup {
  /** groupKey(owner, type): what openGroup / closeGroup name. */
  key: string;
  /** groupNodeId(key): the group's node on the canvas, and its edge to the owner. */
  nodeId: string;
  edgeId: string;
  owner: string;
  type: string;
  kind: EntitySummary['kind'];
  members: string[];
  /** The relation most of the members have with the owner, to draw the group's edge with. */
  relationType: RelationType;
  /** Whether that relation points at the owner (members MEMBER_OF the owner) rather than away. */
  towardsOwner: boolean;
}

export interface VisibleGraph {
  /** The entities drawn one by one (members of a closed group are not among them). */
  nodes: EntitySummary[];
  edges: RelationSummary[];
  /** Per node: relations it has that the canvas does not show. */
  hiddenRelations: Map<string, number>;
  expanded: Set<string>;
  /** Closed groups, each drawn as one node in place of its members. */
  groups: EntityGroup[];
  /** Groups the user opened, by owner: the owner's details offer to close them again. */
  openGroups: EntityGroup[];
  trace: TraceResult | undefined;
  /** Slices the document needs that have not arrived yet. */
  pending: number;
}

export function deriveVisibleGraph(doc: GraphDoc, cache: GraphCache, year: number | null): VisibleGraph {
  const removed = new Set(doc.removed);
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  let pending = 0;

  const addSlice = (slice: Slice | undefined) => {
    if (slice === undefined) {
      pending += 1;
      return;
    }
    slice.nodeIds.forEach((id) => nodeIds.add(id));
    slice.edgeIds.forEach((id) => edgeIds.add(id));
  };
  doc.nodes.forEach((id) => addSlice(cache.slices.get(nodeSliceKey(id))));
  doc.expansions.forEach((e) => addSlice(cache.slices.get(expansionKey(e))));

  const trace = doc.trace === null ? undefined : cache.traces.get(traceKey(doc.trace, year));
  if (doc.trace !== null && trace === undefined) pending += 1;
  trace?.paths.forEach((path) => addSlice({ nodeIds: path.nodeIds, edgeIds: path.edgeIds, truncated: false }));

  // Directly placed and traced entities are on the canvas even before their relations arrive.
  doc.nodes.forEach((id) => nodeIds.add(id));

  const all = [...nodeIds]
    .filter((id) => !removed.has(id))
    .map((id) => cache.entities.get(id))
    .filter((e): e is EntitySummary => e !== undefined);
  const present = new Set(all.map((n) => n.id));
  const allEdges = [...edgeIds]
    .map((id) => cache.relations.get(id))
    .filter((r): r is RelationSummary => r !== undefined && present.has(r.from.id) && present.has(r.to.id));

  const incident = new Map<string, number>();
  for (const edge of allEdges) {
    incident.set(edge.from.id, (incident.get(edge.from.id) ?? 0) + 1);
    if (edge.to.id !== edge.from.id) incident.set(edge.to.id, (incident.get(edge.to.id) ?? 0) + 1);
  }
  // Counted before grouping: a group's members are on the canvas, only drawn together.
  const hiddenRelations = new Map(all.map((n) => [n.id, Math.max(0, n.degree - (incident.get(n.id) ?? 0))]));

  const { groups, opened } = groupExpansions(doc, cache, trace, present, allEdges);
  const grouped = new Set(groups.flatMap((g) => g.members));
  const nodes = all.filter((n) => !grouped.has(n.id));
  const edges = allEdges.filter((r) => !grouped.has(r.from.id) && !grouped.has(r.to.id));
  const shown = new Set(nodes.map((n) => n.id));

  return {
    nodes,
    edges,
    hiddenRelations,
    expanded: new Set(doc.expansions.map((e) => e.id).filter((id) => shown.has(id))),
    groups,
    openGroups: opened,
    trace,
    pending,
  };
}

/**
 * The groups the expansions make: of the entities an expansion alone brings (not placed, traced,
 * expanded or brought by another slice), those of a sub-type with more than GROUP_ABOVE members.
 * Groups the document opened are returned apart, with their members drawn one by one.
 */
function groupExpansions(
  doc: GraphDoc,
  cache: GraphCache,
  trace: TraceResult | undefined,
  present: ReadonlySet<string>,
  edges: readonly RelationSummary[],
): { groups: EntityGroup[]; opened: EntityGroup[] } {
  const slices = [
    ...doc.nodes.map((id) => cache.slices.get(nodeSliceKey(id))),
    ...doc.expansions.map((e) => cache.slices.get(expansionKey(e))),
    ...(trace?.paths ?? []),
  ];
  const bringers = new Map<string, number>();
  slices.forEach((slice) => new Set(slice?.nodeIds).forEach((id) => bringers.set(id, (bringers.get(id) ?? 0) + 1)));
  const fixed = new Set([
    ...doc.nodes,
    ...doc.expansions.map((e) => e.id),
    ...(trace?.paths ?? []).flatMap((p) => p.nodeIds),
  ]);

  const groups: EntityGroup[] = [];
  const opened: EntityGroup[] = [];
  for (const owner of new Set(doc.expansions.map((e) => e.id))) {
    if (!present.has(owner)) continue;
    const brought = new Set(
      doc.expansions.filter((e) => e.id === owner).flatMap((e) => cache.slices.get(expansionKey(e))?.nodeIds ?? []),
    );
    const byType = new Map<string, EntitySummary[]>();
    for (const id of brought) {
      const entity = cache.entities.get(id);
      if (entity === undefined || !present.has(id) || fixed.has(id) || bringers.get(id) !== 1) continue;
      byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
    }
    for (const [type, members] of byType) {
      if (members.length <= GROUP_ABOVE) continue;
      const key = groupKey(owner, type);
      const ids = new Set(members.map((m) => m.id));
      const group: EntityGroup = {
        key,
        nodeId: groupNodeId(key),
        edgeId: `${groupNodeId(key)}/edge`,
        owner,
        type,
        kind: members[0]!.kind,
        members: members.map((m) => m.id).sort(),
        ...commonRelation(
          owner,
          edges.filter((r) => (r.from.id === owner && ids.has(r.to.id)) || (r.to.id === owner && ids.has(r.from.id))),
        ),
      };
      (doc.openGroups.includes(key) ? opened : groups).push(group);
    }
  }
  return { groups, opened };
}

function commonRelation(
  owner: string,
  relations: readonly RelationSummary[],
): { relationType: RelationType; towardsOwner: boolean } {
  const counts = new Map<string, number>();
  relations.forEach((r) => {
    const key = `${r.type}>${r.to.id === owner ? 1 : 0}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  const [best] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a), ['MEMBER_OF>1', 0]);
  const [type, towards] = best.split('>');
  return { relationType: type as RelationType, towardsOwner: towards === '1' };
}

/** The elements of the trace's paths to highlight: the one path pointed at, or all; null without a trace. */
export function tracedIds(trace: TraceResult | undefined, activePath: number | null): ReadonlySet<string> | null {
  const paths = trace?.paths ?? [];
  const chosen = activePath === null ? paths : paths.slice(activePath, activePath + 1);
  return chosen.length === 0 ? null : new Set(chosen.flatMap((p) => [...p.nodeIds, ...p.edgeIds]));
}

/** The cache with one more answer merged in (a new object; the old one is left as it was). */
export function withSlice(
  cache: GraphCache,
  key: string,
  entities: readonly EntitySummary[],
  relations: readonly RelationSummary[],
  truncated: boolean,
): GraphCache {
  return {
    ...mergeElements(cache, entities, relations),
    slices: new Map(cache.slices).set(key, {
      nodeIds: entities.map((e) => e.id),
      edgeIds: relations.map((r) => r.id),
      truncated,
    }),
  };
}

export function withTrace(
  cache: GraphCache,
  key: string,
  trace: {
    paths: readonly {
      nodes: readonly EntitySummary[];
      edges: readonly (RelationSummary & { claims: readonly CitationRefFragment[] })[];
      weakHops: number;
    }[];
    hasMore: boolean;
    hubSkipped: boolean;
    weakTypes: readonly RelationType[];
  },
): GraphCache {
  const { paths } = trace;
  const merged = mergeElements(
    cache,
    paths.flatMap((p) => p.nodes),
    paths.flatMap((p) => p.edges),
  );
  const result: TraceResult = {
    paths: paths.map((p) => ({
      nodeIds: p.nodes.map((n) => n.id),
      edgeIds: p.edges.map((e) => e.id),
      weakHops: p.weakHops,
    })),
    hasMore: trace.hasMore,
    hubSkipped: trace.hubSkipped,
    weakTypes: [...trace.weakTypes],
    citations: new Map(paths.flatMap((p) => p.edges.map((e) => [e.id, e.claims] as const))),
  };
  return { ...merged, traces: new Map(cache.traces).set(key, result) };
}

function mergeElements(
  cache: GraphCache,
  entities: readonly EntitySummary[],
  relations: readonly RelationSummary[],
): GraphCache {
  const nextEntities = new Map(cache.entities);
  entities.forEach((e) => nextEntities.set(e.id, e));
  const nextRelations = new Map(cache.relations);
  relations.forEach((r) => nextRelations.set(r.id, r));
  return { ...cache, entities: nextEntities, relations: nextRelations };
}

/** The slices and traces the document needs that the cache does not hold yet. */
export function missingRequests(
  doc: GraphDoc,
  cache: GraphCache,
  year: number | null,
): { nodeIds: string[]; expansions: Expansion[]; trace: TraceSpec | null } {
  return {
    nodeIds: doc.nodes.filter((id) => !cache.slices.has(nodeSliceKey(id))),
    expansions: doc.expansions.filter((e) => !cache.slices.has(expansionKey(e))),
    trace: doc.trace !== null && !cache.traces.has(traceKey(doc.trace, year)) ? doc.trace : null,
  };
}
