/**
 * The canvas by keyboard: arrow keys move the selection to the neighbouring node that lies in
 * the arrow's direction (on screen), Enter opens the selected node's details, Escape clears the
 * selection; Shift+arrows pan and + / - zoom (viewport.ts). Kept apart from GraphView, which
 * only hands its key events here.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { motionMs, moveByKey } from './viewport';

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Neighbours more than this far off the arrow's direction (60°) are not "in" it. */
const MIN_COSINE = 0.5;

export interface CanvasKeyActions {
  selected: string | null;
  onSelect: (id: string | null) => void;
  onOpen: (id: string) => void;
}

/**
 * The node to move to from `from` with the arrow `key`: among its visible neighbours within 60°
 * of the direction, the one that is nearest once off-direction distance counts double; with
 * none, the nearest visible node in the direction at all. Without a start, the node nearest the
 * centre of the view.
 */
export function nodeInDirection(cy: Core, from: NodeSingular | null, key: string): NodeSingular | null {
  const direction = DIRECTIONS[key];
  const visible = cy.nodes(':visible');
  if (direction === undefined || visible.empty()) return null;
  if (from === null || from.removed() || !from.visible()) {
    const extent = cy.extent();
    const centre = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    return nearest(visible.toArray(), (n) => Math.hypot(n.position('x') - centre.x, n.position('y') - centre.y));
  }
  const score = (node: NodeSingular): number | null => {
    const dx = node.position('x') - from.position('x');
    const dy = node.position('y') - from.position('y');
    const distance = Math.hypot(dx, dy);
    if (distance === 0) return null;
    const cosine = (dx * direction.x + dy * direction.y) / distance;
    return cosine < MIN_COSINE ? null : distance * (2 - cosine);
  };
  const neighbours = from.neighborhood('node:visible').nodes().toArray();
  return nearest(neighbours, score) ?? nearest(visible.difference(from).nodes().toArray(), score);
}

function nearest(nodes: NodeSingular[], score: (node: NodeSingular) => number | null): NodeSingular | null {
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  for (const node of nodes) {
    const s = score(node);
    if (s !== null && s < bestScore) [best, bestScore] = [node, s];
  }
  return best;
}

/** Handles a key on the canvas; answers whether it was one of the canvas keys (the caller then stops its default). */
export function handleCanvasKey(cy: Core, key: string, shift: boolean, actions: CanvasKeyActions): boolean {
  const selected = actions.selected === null ? null : cy.getElementById(actions.selected);
  const selectedNode = selected !== null && selected.nonempty() && selected.isNode() ? selected : null;
  if (key in DIRECTIONS && !shift) {
    const next = nodeInDirection(cy, selectedNode, key);
    if (next === null) return moveByKey(cy, key);
    actions.onSelect(next.id());
    // Keep the node the user moved to in view.
    const extent = cy.extent();
    const { x, y } = next.position();
    if (x < extent.x1 || x > extent.x2 || y < extent.y1 || y > extent.y2)
      cy.animate({ center: { eles: next } }, { duration: motionMs(200) });
    return true;
  }
  if (key === 'Enter' && actions.selected !== null) {
    actions.onOpen(actions.selected);
    return true;
  }
  if (key === 'Escape' && actions.selected !== null) {
    actions.onSelect(null);
    return true;
  }
  return moveByKey(cy, key);
}
