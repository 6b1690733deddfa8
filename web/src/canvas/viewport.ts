/** Moving the camera: fit to the visible graph, zoom about the centre, pan with the keyboard. */
import type { CollectionReturnValue, Core } from 'cytoscape';

/** Never zoom in further than this when fitting, so small graphs do not blow up. */
const MAX_FIT_ZOOM = 1.3;
const PAN_STEP = 60;
const KEY_ZOOM = 1.2;

/** Room kept free around the fitted graph for the overlays: legend (left), time bar (bottom). */
function fitInsets(cy: Core): { top: number; right: number; bottom: number; left: number } {
  return { top: 40, right: 60, bottom: 96, left: cy.width() > 800 ? 250 : 40 };
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
