/**
 * The front-end benchmark's page: the app's own GraphView (React, stylesheet, layouts, size
 * tuning, minimap) with elements handed in by the benchmark, and beside it the floor, bare
 * Cytoscape with its default style doing the same work on the same elements.
 */
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { EdgeData, NodeData } from '../../../web/src/canvas/elements';
import { GraphView } from '../../../web/src/canvas/GraphView';
import { headlessFcoseOptions } from '../../../web/src/canvas/fcoseLayout';
import { startLayoutWorker } from '../../../web/src/canvas/layoutClient';
import { layoutOptions, timelinePositions } from '../../../web/src/canvas/layouts';
import type { LayoutName } from '../../../web/src/view/state';
import '../../../web/src/styles.css';

export interface BenchElements {
  nodes: NodeData[];
  edges: EdgeData[];
}

export interface BenchPage {
  /** Shows the elements with the app's GraphView; resolves once laid out and drawn, with the times taken. */
  showInApp(elements: BenchElements, layout: LayoutName): Promise<{ layoutMs: number; drawnMs: number }>;
  /** The same with bare Cytoscape and the same layout options. */
  showInFloor(elements: BenchElements, layout: LayoutName): Promise<{ layoutMs: number; drawnMs: number }>;
  /** Pans and zooms the shown graph on every frame for a while; the frame-to-frame times. */
  panAndZoom(durationMs: number): Promise<number[]>;
}

declare global {
  interface Window {
    __bench?: BenchPage;
    /** Elements the floor draws as soon as the page loads (time to first draw). */
    __benchFirstDraw?: BenchElements;
    __benchFirstDrawnAt?: number;
  }
}

cytoscape.use(fcose);

const NO_FILTERS = {
  outOfTime: new Set<string>(),
  filtered: new Set<string>(),
  undated: new Set<string>(),
  inactive: new Set<string>(),
};
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
let shown: Core | null = null;

/** Resolves at the next layoutstop of `cy`, then after the frame that draws it. */
function laidOutAndDrawn(cy: Core, startedAt: number): Promise<{ layoutMs: number; drawnMs: number }> {
  return new Promise((resolve) => {
    cy.one('layoutstop', () => {
      const layoutMs = performance.now() - startedAt;
      void nextFrame()
        .then(nextFrame)
        .then(() => resolve({ layoutMs, drawnMs: performance.now() - startedAt }));
    });
  });
}

function floorLayout(cy: Core, layout: LayoutName) {
  const nodes = cy.nodes();
  const positions =
    layout === 'timeline'
      ? timelinePositions(
          nodes.map((n) => ({ id: n.id(), kind: n.data('kind'), startYear: n.data('startYear') })),
          cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
        )
      : undefined;
  // fcose: the options the app's worker runs with, here on the page's own thread.
  return cy.layout(
    layout === 'fcose'
      ? headlessFcoseOptions(nodes.length, false)
      : layoutOptions(layout, nodes.length, { incremental: false, positions }),
  );
}

function drawFloor(elements: BenchElements): Core {
  shown?.destroy();
  const stage = document.getElementById('stage')!;
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.replaceChildren(container);
  const cy = cytoscape({
    container,
    elements: [
      ...elements.nodes.map((data) => ({ group: 'nodes' as const, data })),
      ...elements.edges.map((data) => ({ group: 'edges' as const, data })),
    ],
  });
  shown = cy;
  return cy;
}

function AppGraph({
  elements,
  layout,
  onReady,
}: {
  elements: BenchElements;
  layout: LayoutName;
  onReady: (cy: Core | null) => void;
}) {
  return (
    <GraphView
      elements={elements}
      filters={NO_FILTERS}
      traced={null}
      selected={null}
      focus={null}
      layout={layout}
      layoutRevision={0}
      ariaLabel="graph"
      minimapLabel="minimap"
      layingOutLabel="laying out"
      yearAxisLabel="years"
      onSelect={() => undefined}
      onExpand={() => undefined}
      onReady={onReady}
    />
  );
}

/** Mounts the app's GraphView once; later calls hand it new elements, as the app does. */
let setAppProps: ((props: { elements: BenchElements; layout: LayoutName }) => void) | null = null;
const appReady = new Promise<Core>((resolve) => {
  function Host() {
    const [props, setProps] = useState<{ elements: BenchElements; layout: LayoutName }>({
      elements: { nodes: [], edges: [] },
      layout: 'fcose',
    });
    useEffect(() => {
      setAppProps = setProps;
    }, []);
    return <AppGraph {...props} onReady={(cy) => cy && resolve(cy)} />;
  }
  if (window.__benchFirstDraw === undefined) {
    // As the app's main.tsx does: the layout worker loads while the page waits for its first graph.
    startLayoutWorker();
    createRoot(document.getElementById('stage')!).render(<Host />);
  }
});

window.__bench = {
  async showInApp(elements, layout) {
    const cy = await appReady;
    shown = cy;
    const startedAt = performance.now();
    const done = laidOutAndDrawn(cy, startedAt);
    setAppProps!({ elements, layout });
    return done;
  },
  showInFloor(elements, layout) {
    const startedAt = performance.now();
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const cy = drawFloor(elements);
    // Listening first: a layout without animation stops before run() returns.
    const done = laidOutAndDrawn(cy, startedAt);
    floorLayout(cy, layout).run();
    return done;
  },
  async panAndZoom(durationMs) {
    const cy = shown!;
    const deltas: number[] = [];
    const startedAt = await nextFrame();
    let last = startedAt;
    for (let now = startedAt; now - startedAt < durationMs;) {
      const phase = (now - startedAt) / 400;
      cy.panBy({ x: 12 * Math.sin(phase), y: 8 * Math.cos(phase) });
      cy.zoom({
        level: cy.zoom() * (1 + 0.03 * Math.sin(phase / 2)),
        renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
      });
      now = await nextFrame();
      deltas.push(now - last);
      last = now;
    }
    return deltas;
  },
};

// Time to first draw of the floor: the handed elements, drawn at once; noted at the frame that shows them.
if (window.__benchFirstDraw !== undefined) {
  floorLayout(drawFloor(window.__benchFirstDraw), 'fcose').run();
  void nextFrame()
    .then(nextFrame)
    .then(() => (window.__benchFirstDrawnAt = performance.now()));
}
