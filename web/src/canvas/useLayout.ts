/**
 * Runs the layouts on a Cytoscape instance: one at a time (a newer request drops a late answer for
 * an older one), fcose in a worker so the page stays interactive; the nodes move to their places
 * and the camera to the fitted view in one animation. A focus asked for while a layout runs waits
 * for it to end.
 */
import type { Core, Layouts, Position } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutName } from '../view/state';
import { fcosePositions } from './layoutClient';
import { layoutOptions, presetLayout, timelinePositions } from './layouts';
import { fitView, motionMs, viewportFor } from './viewport';

/**
 * Where the concentric layout would put the nodes, without moving them: its transform hands
 * each computed position over and keeps the node where it is.
 */
function concentricPositions(cy: Core): Record<string, Position> {
  const positions: Record<string, Position> = {};
  cy.elements()
    .layout({
      ...layoutOptions('concentric', cy.nodes().length, { incremental: false }),
      transform: (node, position) => {
        positions[node.id()] = position;
        return node.position();
      },
    })
    .run();
  return positions;
}

export interface LayoutRunner {
  /** Whether a layout is under way. */
  laying: boolean;
  /**
   * Lays out every node; `incremental` keeps the nodes already placed near where they are.
   * `animate`: the nodes move to their places (where they had places), else they appear there.
   */
  run: (incremental: boolean, animate: boolean) => void;
  /** Centres on a node now, or once the running layout ends. */
  focus: (id: string) => void;
  stop: () => void;
}

export function useLayout(cy: Core | null, layout: LayoutName, revision: number): LayoutRunner {
  const current = useRef<Layouts | null>(null);
  /** Bumped per layout request, so a late answer from the worker for an older one is dropped. */
  const token = useRef(0);
  const busy = useRef(false);
  const pendingFocus = useRef<string | null>(null);
  const layoutName = useRef(layout);
  layoutName.current = layout;
  const [laying, setLaying] = useState(false);

  const stop = useCallback(() => {
    current.current?.stop();
    current.current = null;
  }, []);

  const run = useCallback(
    (incremental: boolean, animate: boolean) => {
      if (cy === null) return;
      const mine = (token.current += 1);
      stop();
      const nodes = cy.nodes();
      if (nodes.empty()) return;
      busy.current = true;
      setLaying(true);
      // The nodes and the camera move together, in one animation: a focus asked for by now is
      // part of it, one asked for while it plays follows it.
      const place = (positions: Record<string, Position>) => {
        if (cy.destroyed() || mine !== token.current) return;
        const focusId = pendingFocus.current;
        pendingFocus.current = null;
        const viewport = viewportFor(cy, positions, focusId === null ? undefined : cy.getElementById(focusId));
        const running = cy.elements().layout(presetLayout(positions, nodes.length, viewport, animate ? motionMs() : 0));
        running.one('layoutstop', () => {
          if (mine !== token.current) return;
          current.current = null;
          busy.current = false;
          setLaying(false);
          const later = pendingFocus.current;
          pendingFocus.current = null;
          if (later !== null) fitView(cy, cy.getElementById(later));
        });
        current.current = running;
        running.run();
      };
      const edges = cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
      switch (layoutName.current) {
        case 'fcose':
          void fcosePositions({
            nodes: nodes.map((n) => ({
              id: n.id(),
              x: n.position('x'),
              y: n.position('y'),
              size: n.data('size') as number,
            })),
            edges,
            incremental,
          }).then(place);
          break;
        case 'timeline': {
          const positions = timelinePositions(
            nodes.map((n) => ({ id: n.id(), kind: n.data('kind'), startYear: n.data('startYear') })),
            edges,
          );
          place(Object.fromEntries(positions));
          break;
        }
        case 'concentric':
          place(concentricPositions(cy));
          break;
      }
    },
    [cy, stop],
  );

  // A new layout, or "re-run", lays out everything again (the first layout is the elements' own).
  const laidOutWith = useRef({ layout, revision });
  useEffect(() => {
    const previous = laidOutWith.current;
    if (cy === null || (previous.layout === layout && previous.revision === revision)) return;
    laidOutWith.current = { layout, revision };
    // The reader sees every node move to its new place.
    run(false, true);
  }, [cy, layout, revision, run]);

  const focus = useCallback(
    (id: string) => {
      if (cy === null) return;
      const node = cy.getElementById(id);
      if (node.nonempty() && !busy.current) cy.animate({ center: { eles: node } }, { duration: motionMs(300) });
      else pendingFocus.current = id;
    },
    [cy],
  );

  return { laying, run, focus, stop };
}
