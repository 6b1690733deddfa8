/**
 * The same picture from a shared link: the first time the canvas holds exactly the nodes the link
 * placed, they go where the link says and the camera to its zoom and pan, instead of a new
 * layout; afterwards every layout, drag and camera move is reported back for the URL. Positions
 * travel only for the force-directed layout (it is randomised) or after a drag; the concentric and
 * time-ordered layouts recompute the same picture by themselves.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef } from 'react';
import type { LayoutName } from '../view/state';
import { placedPositions, placementCoords, type Placement } from '../view/url';

/** Camera moves are reported once they pause. */
const VIEWPORT_QUIET_MS = 250;

/** What to do after elements were added: the link's placement was applied, wait for the rest of the view, or lay out. */
export type PlaceOutcome = 'placed' | 'wait' | 'layout';

export function useSharedPlacement(
  cy: Core | null,
  initial: Placement,
  loading: boolean,
  layout: LayoutName,
  onChange: (placement: Placement) => void,
): () => PlaceOutcome {
  const pending = useRef(initial.coords === null ? null : initial);
  const dragged = useRef(false);
  const report = useRef(onChange);
  report.current = onChange;
  const layoutName = useRef(layout);
  layoutName.current = layout;
  const stillLoading = useRef(loading);
  stillLoading.current = loading;

  useEffect(() => {
    if (cy === null) return;
    const read = (): Placement => ({
      coords:
        layoutName.current === 'fcose' || dragged.current
          ? placementCoords(Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])))
          : null,
      viewport: { zoom: cy.zoom(), x: cy.pan().x, y: cy.pan().y },
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(() => report.current(read()), VIEWPORT_QUIET_MS);
    };
    const onLayout = () => {
      dragged.current = false;
      later();
    };
    const onDrag = () => {
      dragged.current = true;
      later();
    };
    cy.on('layoutstop', onLayout);
    cy.on('dragfree', 'node', onDrag);
    cy.on('viewport', later);
    return () => {
      clearTimeout(timer);
      cy.off('layoutstop', onLayout);
      cy.off('dragfree', 'node', onDrag);
      cy.off('viewport', later);
    };
  }, [cy]);

  return useCallback((): PlaceOutcome => {
    const link = pending.current;
    if (cy === null || link?.coords == null) return 'layout';
    const positions = placedPositions(
      link.coords,
      cy.nodes().map((n) => n.id()),
    );
    if (positions === null) {
      if (stillLoading.current) return 'wait';
      // The view has loaded without the nodes the link placed: it is laid out as any other.
      pending.current = null;
      return 'layout';
    }
    pending.current = null;
    cy.batch(() => cy.nodes().forEach((n) => void n.position(positions[n.id()]!)));
    if (link.viewport !== null)
      cy.viewport({ zoom: link.viewport.zoom, pan: { x: link.viewport.x, y: link.viewport.y } });
    return 'placed';
  }, [cy]);
}
