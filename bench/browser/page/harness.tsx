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
import { layoutOptions, presetLayout, timelinePositions } from '../../../web/src/canvas/layouts';
import { drawsWithWebgl, rendererOptions, wantsWebgl, type RendererMode } from '../../../web/src/canvas/renderer';
import type { LayoutName } from '../../../web/src/view/state';
import { NO_PLACEMENT } from '../../../web/src/view/url';
import '../../../web/src/styles.css';

export interface BenchElements {
  nodes: NodeData[];
  edges: EdgeData[];
}

export interface BenchPage {
  /**
   * Shows the elements with the app's GraphView (its renderer chosen as the app does, or forced);
   * resolves once laid out and drawn, with the times taken.
   */
  showInApp(
    elements: BenchElements,
    layout: LayoutName,
    renderer?: RendererMode,
  ): Promise<{ layoutMs: number; drawnMs: number }>;
  /** The same with bare Cytoscape, the same layout options and the same renderer (canvas unless told). */
  showInFloor(
    elements: BenchElements,
    layout: LayoutName,
    renderer?: RendererMode,
  ): Promise<{ layoutMs: number; drawnMs: number }>;
  /** Whether the shown graph is drawn by WebGL. */
  drawnWithWebgl(): boolean;
  /** Whether the app, left to choose, draws this many elements with WebGL in this browser. */
  choosesWebgl(elementCount: number): boolean;
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
  // fcose: the options the app's worker runs with, here on the page's own thread.
  if (layout === 'fcose') return cy.layout(headlessFcoseOptions(nodes.length, false));
  if (layout === 'concentric') return cy.layout(layoutOptions(layout, nodes.length, { incremental: false }));
  const positions = timelinePositions(
    nodes.map((n) => ({ id: n.id(), kind: n.data('kind'), startYear: n.data('startYear') })),
    cy.edges().map((e) => ({ source: e.data('source') as string, target: e.data('target') as string })),
  );
  return cy.layout(presetLayout(Object.fromEntries(positions), nodes.length, null, 0));
}

function drawFloor(elements: BenchElements, renderer: RendererMode = 'canvas'): Core {
  shown?.destroy();
  const stage = document.getElementById('stage')!;
  const container = document.createElement('div');
  container.style.cssText = 'position:absolute;inset:0';
  stage.replaceChildren(container);
  const cy = cytoscape({
    container,
    ...rendererOptions(renderer === 'webgl'),
    elements: [
      ...elements.nodes.map((data) => ({ group: 'nodes' as const, data })),
      ...elements.edges.map((data) => ({ group: 'edges' as const, data })),
    ],
  });
  shown = cy;
  return cy;
}

interface AppProps {
  elements: BenchElements;
  layout: LayoutName;
  renderer: RendererMode;
}

function AppGraph({ elements, layout, renderer, onReady }: AppProps & { onReady: (cy: Core | null) => void }) {
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
      onOpen={() => undefined}
      placement={NO_PLACEMENT}
      loading={false}
      onPlacement={() => undefined}
      onExpand={() => undefined}
      onReady={onReady}
      renderer={renderer}
    />
  );
}

/**
 * Mounts the app's GraphView once; later calls hand it new elements, as the app does. GraphView
 * creates a new Cytoscape instance when its renderer changes: `appCy` is the current one.
 */
let setAppProps: ((props: AppProps) => void) | null = null;
let appCy: Core | null = null;
let onAppCy: ((cy: Core) => void) | null = null;
const appReady = new Promise<void>((resolve) => {
  function Host() {
    const [props, setProps] = useState<AppProps>({
      elements: { nodes: [], edges: [] },
      layout: 'fcose',
      renderer: 'auto',
    });
    useEffect(() => {
      setAppProps = setProps;
    }, []);
    const ready = (cy: Core | null) => {
      appCy = cy;
      if (cy === null) return;
      onAppCy?.(cy);
      resolve();
    };
    return <AppGraph {...props} onReady={ready} />;
  }
  if (window.__benchFirstDraw === undefined) {
    // As the app's main.tsx does: the layout worker loads while the page waits for its first graph.
    startLayoutWorker();
    createRoot(document.getElementById('stage')!).render(<Host />);
  }
});

window.__bench = {
  async showInApp(elements, layout, renderer = 'auto') {
    await appReady;
    const startedAt = performance.now();
    // The instance that lays out: the current one, or the one created for another renderer.
    const done = new Promise<{ layoutMs: number; drawnMs: number }>((resolve) => {
      const watch = (cy: Core) => {
        shown = cy;
        void laidOutAndDrawn(cy, startedAt).then(resolve);
      };
      onAppCy = watch;
      watch(appCy!);
    });
    setAppProps!({ elements, layout, renderer });
    return done;
  },
  showInFloor(elements, layout, renderer = 'canvas') {
    const startedAt = performance.now();
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const cy = drawFloor(elements, renderer);
    // Listening first: a layout without animation stops before run() returns.
    const done = laidOutAndDrawn(cy, startedAt);
    floorLayout(cy, layout).run();
    return done;
  },
  choosesWebgl: (elementCount) => wantsWebgl('auto', elementCount, false),
  drawnWithWebgl: () => shown !== null && drawsWithWebgl(shown),
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
