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

/**
 * Fits the visible elements (capped zoom); with a focus node in a big graph, centres on it at a
 * readable zoom instead.
 */
export function fitView(cy: Core, focus?: CollectionReturnValue): void {
  const visible = cy.elements(':visible');
  if (visible.empty()) return;
  const box = visible.boundingBox({});
  const insets = fitInsets(cy);
  const width = Math.max(cy.width() - insets.left - insets.right, 100);
  const height = Math.max(cy.height() - insets.top - insets.bottom, 100);
  const fitZoom = Math.min(MAX_FIT_ZOOM, width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), fitZoom);
  const bigGraph = focus !== undefined && focus.nonempty() && zoom < 0.6;
  const target = bigGraph ? focus.position() : { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  const level = bigGraph ? 0.9 : zoom;
  const centre = { x: insets.left + width / 2, y: insets.top + height / 2 };
  cy.animate(
    { zoom: level, pan: { x: centre.x - target.x * level, y: centre.y - target.y * level } },
    { duration: 300 },
  );
}

const centreOf = (cy: Core) => ({ x: cy.width() / 2, y: cy.height() / 2 });

/** Zooms about the centre of the canvas, animated (the zoom buttons). */
export function zoomBy(cy: Core, factor: number): void {
  cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: centreOf(cy) } }, { duration: 150 });
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
