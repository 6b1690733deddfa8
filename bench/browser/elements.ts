/**
 * Canvas elements for the front-end benchmark: a connected piece of the synthetic graph, mapped to
 * Cytoscape data by the app's own toElements, as if the API had answered it.
 */
import type { EntityKind } from '../../web/src/api/generated.js';
import { toElements } from '../../web/src/canvas/elements.js';
import type { EntitySummary, RelationSummary } from '../../web/src/graph/model.js';
import type { SyntheticGraph } from '../generate.js';
import type { BenchElements } from './page/harness.js';

/**
 * About `nodeCount` nodes and `edgeCount` edges: relations are taken in order while their ends fit
 * in the node budget, so hubs come in early, as they do when a user expands the real graph.
 */
export function benchElements(graph: SyntheticGraph, nodeCount: number, edgeCount: number): BenchElements {
  const nodes = new Map<string, EntitySummary>();
  const edges: RelationSummary[] = [];
  const entityIndex = new Map<string, number>();
  for (let i = 0; i < graph.entityCount; i++) entityIndex.set(graph.entityId(i), i);
  const summary = (id: string): EntitySummary => {
    const index = entityIndex.get(id)!;
    const e = graph.entity(index);
    return {
      id: e.id,
      kind: e.kind.toUpperCase() as EntityKind,
      type: e.type,
      name: e.name,
      nameJa: e.nameJa,
      acronym: e.acronym,
      degree: graph.degree[index]!,
      start: e.start,
      end: e.end,
    };
  };
  for (let j = 0; j < graph.relationCount && (nodes.size < nodeCount || edges.length < edgeCount); j++) {
    const r = graph.relation(j);
    const newEnds = [r.from, r.to].filter((id) => !nodes.has(id));
    if (nodes.size + newEnds.length > nodeCount || (newEnds.length === 0 && edges.length >= edgeCount)) continue;
    if (newEnds.length === 2 && nodes.size > 0) continue; // keep the piece connected
    for (const id of newEnds) nodes.set(id, summary(id));
    if (edges.length < edgeCount) edges.push({ ...r, from: { id: r.from }, to: { id: r.to }, conflicted: false });
  }
  return toElements(
    {
      nodes: [...nodes.values()],
      edges,
      hiddenRelations: new Map(),
      expanded: new Set(),
      groups: [],
      openGroups: [],
      trace: undefined,
      pending: 0,
    },
    'en',
  );
}
