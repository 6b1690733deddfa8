/**
 * Label collisions: where a drawn node label would overlap the label or the disc of a node of
 * higher priority (selected, then expanded, then frameworks, then by relations), it is left out; hovering or selecting a node still
 * draws its full name. Labels scale with the zoom, so whether two overlap is a matter of model
 * coordinates; the zoom decides only which labels are drawn at all (min-zoomed-font-size). Worked
 * out again once things settle (zoom, layout, drag, elements, selection), never per frame.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

/** The class that leaves a node's label out (style.ts). */
export const LABEL_HIDDEN = 'label-hidden';
/** How long the view must stay still before the labels are worked out again. */
const SETTLE_MS = 120;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const LABEL_ONLY = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeOverlays: false,
  includeUnderlays: false,
} as const;
const BODY_ONLY = { ...LABEL_ONLY, includeNodes: true, includeLabels: false } as const;

/**
 * Whether Cytoscape draws the node's label at this zoom: the 2D canvas leaves out those too small
 * to read; WebGL draws them all (GraphView then blanks them all below a zoom instead).
 */
function labelDrawn(node: NodeSingular, zoom: number): boolean {
  if (node.hasClass(LABEL_HIDDEN) || node.style('label') === '') return false;
  if (Number(node.numericStyle('text-opacity')) === 0) return false;
  if (node.cy().scratch('webgl') === true) return true;
  return Number(node.numericStyle('font-size')) * zoom >= Number(node.numericStyle('min-zoomed-font-size'));
}

const overlap = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Selected first, then expanded, then frameworks (what the atlas is about: next to the big actors
 * they would otherwise lose their labels), then the most related; ties by id so the outcome is stable.
 */
function priority(a: NodeSingular, b: NodeSingular): number {
  const rank = (n: NodeSingular) => [
    n.selected() ? 1 : 0,
    n.data('expanded') === true ? 1 : 0,
    n.data('kind') === 'FRAMEWORK' ? 1 : 0,
    Number(n.data('degree')),
  ];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i += 1) if (ra[i] !== rb[i]) return rb[i]! - ra[i]!;
  return a.id() < b.id() ? -1 : 1;
}

/** Visible nodes whose centre is in view (labels elsewhere cannot collide on screen). */
function inView(cy: Core): NodeCollection {
  const { x1, y1, x2, y2 } = cy.extent();
  return cy.nodes(':visible').filter((n) => {
    const { x, y } = n.position();
    return x >= x1 && x <= x2 && y >= y1 && y <= y2;
  });
}

/** Leaves out the labels that would overlap one of higher priority. */
export function declutterLabels(cy: Core): void {
  if (cy.destroyed()) return;
  const nodes = inView(cy);
  // Measured as they would be drawn: every label in view first, then those that collide left out.
  cy.nodes(`.${LABEL_HIDDEN}`).removeClass(LABEL_HIDDEN);
  const zoom = cy.zoom();
  // Kept labels, and the discs of nodes that come first: a label under either is left out.
  const taken: Box[] = [];
  const hide: NodeSingular[] = [];
  for (const node of (nodes.toArray() as NodeSingular[]).sort(priority)) {
    if (labelDrawn(node, zoom)) {
      const box = node.boundingBox(LABEL_ONLY);
      if (taken.some((other) => overlap(box, other))) hide.push(node);
      else if (box.w > 0) taken.push(box);
    }
    taken.push(node.boundingBox(BODY_ONLY));
  }
  cy.batch(() => hide.forEach((node) => node.addClass(LABEL_HIDDEN)));
}

/** The boxes (model coordinates) of the node labels drawn now, by node id. */
export function drawnLabelBoxes(cy: Core): Record<string, Box> {
  const zoom = cy.zoom();
  return Object.fromEntries(
    cy
      .nodes(':visible')
      .filter((n) => labelDrawn(n, zoom))
      .map((n): [string, Box] => {
        const { x1, y1, x2, y2 } = n.boundingBox(LABEL_ONLY);
        return [n.id(), { x1, y1, x2, y2 }];
      }),
  );
}

/**
 * Declutters the labels whenever the view has been still for SETTLE_MS after a change; returns
 * `schedule` (for changes Cytoscape does not announce, such as filters) and `stop`.
 */
export function watchLabels(cy: Core): { schedule: () => void; stop: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => declutterLabels(cy), SETTLE_MS);
  };
  // A finished layout has put the nodes and the camera where they stay: no reason to wait.
  const now = () => {
    clearTimeout(timer);
    declutterLabels(cy);
  };
  const events = 'zoom position add remove data select unselect';
  cy.on(events, schedule);
  cy.on('layoutstop', now);
  return {
    schedule,
    stop: () => {
      clearTimeout(timer);
      cy.off(events, schedule);
      cy.off('layoutstop', now);
    },
  };
}
