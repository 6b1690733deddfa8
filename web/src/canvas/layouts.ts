/** Layout options: fcose (default), concentric by degree, and a time-ordered preset (x = start year). */
import type { LayoutOptions, Position } from 'cytoscape';
import type { EntityKind } from '../api/generated';
import type { LayoutName } from '../view/state';
import { ENTITY_KINDS } from '../vocabulary';

/** Above this many nodes fcose runs in draft quality and nothing animates. */
export const LARGE_GRAPH_NODES = 1000;
const ANIMATE_UP_TO = 400;

export interface TimelineNode {
  id: string;
  kind: EntityKind;
  startYear: number | null;
}

export const YEAR_WIDTH = 70;
const ROW_HEIGHT = 46;
const LANE_GAP = 80;

/**
 * x follows the start year; each kind has its own lane, nodes of the same year and kind stack.
 * Undated nodes sit at the year of their earliest dated neighbour, else in a column on the left.
 */
export function timelinePositions(
  nodes: readonly TimelineNode[],
  edges: readonly { source: string; target: string }[],
): Map<string, Position> {
  const years = new Map(nodes.map((n) => [n.id, n.startYear]));
  const neighbourYear = new Map<string, number>();
  for (const { source, target } of edges) {
    for (const [self, other] of [
      [source, target],
      [target, source],
    ] as const) {
      const year = years.get(other);
      if (years.get(self) === null && year != null) {
        neighbourYear.set(self, Math.min(year, neighbourYear.get(self) ?? year));
      }
    }
  }
  const dated = nodes.map((n) => n.startYear ?? neighbourYear.get(n.id) ?? null);
  const known = dated.filter((y): y is number => y !== null);
  const minYear = known.length > 0 ? Math.min(...known) : 0;
  const undatedX = -2 * YEAR_WIDTH;

  const stacks = new Map<string, number>();
  const laneSize = new Map<EntityKind, number>();
  const slots = nodes.map((node, i) => {
    const year = dated[i] ?? null;
    const stackKey = `${node.kind}:${year ?? 'undated'}`;
    const row = stacks.get(stackKey) ?? 0;
    stacks.set(stackKey, row + 1);
    laneSize.set(node.kind, Math.max(laneSize.get(node.kind) ?? 0, row + 1));
    return { node, year, row };
  });

  const laneTop = new Map<EntityKind, number>();
  let top = 0;
  for (const kind of ENTITY_KINDS) {
    laneTop.set(kind, top);
    const size = laneSize.get(kind) ?? 0;
    if (size > 0) top += size * ROW_HEIGHT + LANE_GAP;
  }

  return new Map(
    slots.map(({ node, year, row }) => [
      node.id,
      {
        x: year === null ? undatedX : (year - minYear) * YEAR_WIDTH,
        y: (laneTop.get(node.kind) ?? 0) + row * ROW_HEIGHT,
      },
    ]),
  );
}

/** Moves nodes to computed positions (timeline, or fcose results from the worker). */
export function presetLayout(positions: Record<string, Position>, nodeCount: number): LayoutOptions {
  return { name: 'preset', positions, animate: nodeCount <= ANIMATE_UP_TO, animationDuration: 400, fit: false };
}

export function layoutOptions(
  name: LayoutName,
  nodeCount: number,
  options: { incremental: boolean; positions?: Map<string, Position> },
): LayoutOptions {
  const animate = nodeCount <= ANIMATE_UP_TO;
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node) => node.degree(false),
        minNodeSpacing: 24,
        animate,
        animationDuration: 400,
        fit: true,
        padding: 40,
      };
    case 'timeline':
      return presetLayout(Object.fromEntries(options.positions ?? []), nodeCount);
    case 'fcose':
      return {
        name: 'fcose',
        quality: nodeCount > LARGE_GRAPH_NODES ? 'draft' : 'default',
        randomize: !options.incremental,
        animate,
        animationDuration: 500,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 6500,
        numIter: nodeCount > LARGE_GRAPH_NODES ? 1000 : 2500,
      } as LayoutOptions;
  }
}
