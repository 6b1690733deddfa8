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
// Taller than the largest node and its label, so stacked nodes never overlap.
const ROW_HEIGHT = 72;
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

/**
 * Moves the nodes to computed positions (any layout's outcome) and the camera to `viewport`
 * together: one animation of `durationMs` where there is one (never above ANIMATE_UP_TO nodes),
 * else at once.
 */
export function presetLayout(
  positions: Record<string, Position>,
  nodeCount: number,
  viewport: { zoom: number; pan: Position } | null,
  durationMs: number,
): LayoutOptions {
  const animate = durationMs > 0 && nodeCount <= ANIMATE_UP_TO;
  return { name: 'preset', positions, animate, animationDuration: durationMs, fit: false, ...viewport };
}

/**
 * The options of the layouts that compute positions (concentric on the page, fcose in the worker);
 * they never animate or move the camera: presetLayout does, once the positions are known.
 */
export function layoutOptions(
  name: Exclude<LayoutName, 'timeline'>,
  nodeCount: number,
  options: { incremental: boolean },
): LayoutOptions {
  switch (name) {
    case 'concentric':
      return {
        name: 'concentric',
        concentric: (node) => node.degree(false),
        minNodeSpacing: 24,
        animate: false,
        fit: false,
      };
    case 'fcose':
      return {
        name: 'fcose',
        // Draft quality ignores the starting positions, so an incremental run would not move a node.
        quality: nodeCount > LARGE_GRAPH_NODES && !options.incremental ? 'draft' : 'default',
        randomize: !options.incremental,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 6500,
        numIter: nodeCount > LARGE_GRAPH_NODES ? 1000 : 2500,
      } as LayoutOptions;
  }
}

export interface PlacedDisc {
  x: number;
  y: number;
  size: number;
}

/** Free space kept between two nodes' discs by separateOverlaps. */
const DISC_GAP = 8;
const SEPARATION_PASSES = 12;

/**
 * Pushes apart nodes whose discs overlap, each pair by half the overlap either way, until none
 * overlaps (or after a few passes). Neighbours are found through a grid of cells as wide as the
 * largest disc, so a 5,000-node layout costs milliseconds, not a comparison of every pair.
 */
export function separateOverlaps(discs: readonly PlacedDisc[]): PlacedDisc[] {
  const out = discs.map((d) => ({ ...d }));
  const cell = Math.max(1, ...out.map((d) => d.size)) + DISC_GAP;
  for (let pass = 0; pass < SEPARATION_PASSES; pass += 1) {
    const grid = new Map<string, number[]>();
    out.forEach((d, i) => {
      const key = `${Math.floor(d.x / cell)},${Math.floor(d.y / cell)}`;
      const bucket = grid.get(key);
      if (bucket === undefined) grid.set(key, [i]);
      else bucket.push(i);
    });
    let moved = false;
    out.forEach((a, i) => {
      const cx = Math.floor(a.x / cell);
      const cy = Math.floor(a.y / cell);
      for (let dx = -1; dx <= 1; dx += 1) {
        for (let dy = -1; dy <= 1; dy += 1) {
          for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (j <= i) continue;
            const b = out[j]!;
            const wanted = (a.size + b.size) / 2 + DISC_GAP;
            let vx = b.x - a.x;
            let vy = b.y - a.y;
            let distance = Math.hypot(vx, vy);
            if (distance >= wanted) continue;
            if (distance < 1e-6) {
              // Coincident: part them in a direction that differs from pair to pair.
              const angle = (i * 7 + j * 13) % 360;
              [vx, vy, distance] = [Math.cos(angle), Math.sin(angle), 1];
            }
            const push = (wanted - distance) / 2 / distance;
            a.x -= vx * push;
            a.y -= vy * push;
            b.x += vx * push;
            b.y += vy * push;
            moved = true;
          }
        }
      }
    });
    if (!moved) break;
  }
  return out;
}
