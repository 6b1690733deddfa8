/** Moving the camera: fit to the visible graph, zoom about the centre, pan with the keyboard. */
import type { CollectionReturnValue, Core } from 'cytoscape';

/** Never zoom in further than this when fitting, so small graphs do not blow up. */
const MAX_FIT_ZOOM = 1.3;
const PAN_STEP = 60;
const KEY_ZOOM = 1.2;

const MARGIN = 24;

/**
 * Room kept free around the fitted graph for what floats over the canvas (elements marked
 * `data-overlay`: legend, minimap, zoom buttons, captions, time bar): each one is cleared on the
 * side where that costs the least of the canvas, so none covers a node once the view is fitted.
 */
function fitInsets(cy: Core): { top: number; right: number; bottom: number; left: number } {
  const insets = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  const container = cy.container();
  const area = container?.closest('.canvas-area') ?? container?.parentElement;
  if (container == null || area == null) return insets;
  const c = container.getBoundingClientRect();
  for (const overlay of area.querySelectorAll<HTMLElement>('[data-overlay]')) {
    const r = overlay.getBoundingClientRect();
    if (r.width === 0 || r.right <= c.left || r.left >= c.right || r.bottom <= c.top || r.top >= c.bottom) continue;
    const sides = [
      { side: 'left', inset: r.right - c.left, share: (r.right - c.left) / c.width },
      { side: 'right', inset: c.right - r.left, share: (c.right - r.left) / c.width },
      { side: 'top', inset: r.bottom - c.top, share: (r.bottom - c.top) / c.height },
      { side: 'bottom', inset: c.bottom - r.top, share: (c.bottom - r.top) / c.height },
    ] as const;
    const best = sides.reduce((a, b) => (b.share < a.share ? b : a));
    insets[best.side] = Math.max(insets[best.side], best.inset + MARGIN / 2);
  }
  return insets;
}

/** How long the camera and the nodes move after a layout or a fit; nothing moves under reduced motion. */
const MOTION_MS = 250;

export const reducedMotion = (): boolean => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** Milliseconds to animate a move that takes `ms` normally: none where the user asked for reduced motion. */
export const motionMs = (ms = MOTION_MS): number => (reducedMotion() ? 0 : ms);

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/**
 * The camera that fits a box of the graph (capped zoom) in the room the overlays leave; with a
 * focus point in a big graph, centred on it at a readable zoom instead.
 */
function fittedViewport(cy: Core, box: Box, focus?: { x: number; y: number }): Viewport {
  const insets = fitInsets(cy);
  const width = Math.max(cy.width() - insets.left - insets.right, 100);
  const height = Math.max(cy.height() - insets.top - insets.bottom, 100);
  const fitZoom = Math.min(MAX_FIT_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), fitZoom);
  const bigGraph = focus !== undefined && zoom < 0.6;
  const target = bigGraph ? focus : { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  const level = bigGraph ? 0.9 : zoom;
  const centre = { x: insets.left + width / 2, y: insets.top + height / 2 };
  return { zoom: level, pan: { x: centre.x - target.x * level, y: centre.y - target.y * level } };
}

const focusPoint = (focus?: CollectionReturnValue) =>
  focus !== undefined && focus.nonempty() ? focus.position() : undefined;

/** Fits the visible elements, animated (see fittedViewport). */
export function fitView(cy: Core, focus?: CollectionReturnValue): void {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  const viewport = fittedViewport(cy, visible.boundingBox({}), focusPoint(focus));
  const duration = motionMs();
  if (duration === 0) cy.viewport(viewport);
  else cy.animate(viewport, { duration });
}

/**
 * The fitted camera for the visible nodes once they stand at `positions` (a layout's outcome), so
 * the nodes and the camera can move in one animation: each node's box (label included) moved
 * along with it.
 */
export function viewportFor(
  cy: Core,
  positions: Readonly<Record<string, { x: number; y: number }>>,
  focus?: CollectionReturnValue,
): Viewport | null {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return null;
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  nodes.forEach((node) => {
    const to = positions[node.id()];
    const at = node.position();
    const b = node.boundingBox({});
    const [dx, dy] = to === undefined ? [0, 0] : [to.x - at.x, to.y - at.y];
    [x1, y1] = [Math.min(x1, b.x1 + dx), Math.min(y1, b.y1 + dy)];
    [x2, y2] = [Math.max(x2, b.x2 + dx), Math.max(y2, b.y2 + dy)];
  });
  const target = focus !== undefined && focus.nonempty() ? (positions[focus.id()] ?? focus.position()) : undefined;
  return fittedViewport(cy, { x1, y1, w: x2 - x1, h: y2 - y1 }, target);
}

const centreOf = (cy: Core) => ({ x: cy.width() / 2, y: cy.height() / 2 });

/** Zooms about the centre of the canvas, animated (the zoom buttons). */
export function zoomBy(cy: Core, factor: number): void {
  const zoom = { level: cy.zoom() * factor, renderedPosition: centreOf(cy) };
  const duration = motionMs(150);
  if (duration === 0) cy.zoom(zoom);
  else cy.animate({ zoom }, { duration });
}

/** Arrow keys pan, + and - zoom; answers whether the key was one of them. */
export function moveByKey(cy: Core, key: string): boolean {
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [PAN_STEP, 0],
    ArrowRight: [-PAN_STEP, 0],
    ArrowUp: [0, PAN_STEP],
    ArrowDown: [0, -PAN_STEP],
  };
  const move = moves[key];
  if (move !== undefined) cy.panBy({ x: move[0], y: move[1] });
  else if (key === '+' || key === '=') cy.zoom({ level: cy.zoom() * KEY_ZOOM, renderedPosition: centreOf(cy) });
  else if (key === '-') cy.zoom({ level: cy.zoom() / KEY_ZOOM, renderedPosition: centreOf(cy) });
  else return false;
  return true;
}
