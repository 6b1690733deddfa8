/**
 * Runs the layouts on a Cytoscape instance: one at a time (a newer request drops a late answer for
 * an older one), fcose in a worker so the page stays interactive, then fits the view. A focus asked
 * for while a layout runs waits for it to end.
 */
import type { Core, LayoutOptions, Layouts } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutName } from '../view/state';
import { fcosePositions } from './layoutClient';
import { layoutOptions, presetLayout, timelinePositions } from './layouts';
import { fitView } from './viewport';

export interface LayoutRunner {
  /** Whether a layout is under way. */
  laying: boolean;
  /** Lays out every node; `incremental` keeps the nodes already placed near where they are. */
  run: (incremental: boolean) => void;
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
    (incremental: boolean) => {
      if (cy === null) return;
      const mine = (token.current += 1);
      stop();
      const nodes = cy.nodes();
      if (nodes.empty()) return;
      busy.current = true;
      setLaying(true);
      const start = (options: LayoutOptions) => {
        if (cy.destroyed() || mine !== token.current) return;
        const running = cy.elements().layout(options);
        running.one('layoutstop', () => {
          if (mine !== token.current) return;
          const focusId = pendingFocus.current;
          pendingFocus.current = null;
          current.current = null;
          busy.current = false;
          setLaying(false);
          fitView(cy, focusId === null ? undefined : cy.getElementById(focusId));
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
          }).then((positions) => start(presetLayout(positions, nodes.length)));
          break;
        case 'timeline': {
          const positions = timelinePositions(
            nodes.map((n) => ({ id: n.id(), kind: n.data('kind'), startYear: n.data('startYear') })),
            edges,
          );
          start(presetLayout(Object.fromEntries(positions), nodes.length));
          break;
        }
        case 'concentric':
          start(layoutOptions('concentric', nodes.length, { incremental }));
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
    run(false);
  }, [cy, layout, revision, run]);

  const focus = useCallback(
    (id: string) => {
      if (cy === null) return;
      const node = cy.getElementById(id);
      if (node.nonempty() && !busy.current) cy.animate({ center: { eles: node } }, { duration: 300 });
      else pendingFocus.current = id;
    },
    [cy],
  );

  return { laying, run, focus, stop };
}
