/**
 * The one owner of the Cytoscape instance: created on mount, destroyed on unmount, patched by
 * element id from props. Layout runs only when elements are added or the layout changes, never
 * for selection, filters or the year (those only toggle classes).
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LayoutName } from '../view/state';
import { syncElements, type EdgeData, type NodeData } from './elements';
import type { FilterResult } from '../graph/filters';
import { layoutOptions, presetLayout, timelinePositions } from './layouts';
import { fcosePositions } from './layoutClient';
import { MiniMap } from './MiniMap';
import { graphStylesheet } from './style';

/** Above this many elements hover fading is skipped and viewport rendering is simplified. */
const LARGE_GRAPH_ELEMENTS = 2000;
const TEXTURE_ON_VIEWPORT_ELEMENTS = 500;

export interface GraphViewProps {
  elements: { nodes: NodeData[]; edges: EdgeData[] };
  filters: FilterResult;
  traced: ReadonlySet<string> | null;
  selected: string | null;
  focus: string | null;
  layout: LayoutName;
  /** Bumped to run the layout again from scratch. */
  layoutRevision: number;
  ariaLabel: string;
  minimapLabel: string;
  layingOutLabel: string;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  onReady: (cy: Core | null) => void;
}

// Cytoscape reads these renderer flags on every frame but only exposes them as init options;
// toggling them lets small graphs pan crisply and large ones stay responsive.
interface ViewportRenderer {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

function tuneForSize(cy: Core): void {
  const count = cy.elements().length;
  const large = count > LARGE_GRAPH_ELEMENTS;
  const renderer = (cy as unknown as { renderer(): ViewportRenderer }).renderer();
  // Panning from a cached picture is invisible to the eye but spares full redraws, which already
  // cost about 100 ms a frame at 1,000 elements without a GPU (npm run bench).
  renderer.textureOnViewport = count > TEXTURE_ON_VIEWPORT_ELEMENTS;
  renderer.hideEdgesOnViewport = large;
  if (cy.scratch('largeStyle') !== large) {
    cy.scratch('largeStyle', large);
    cy.style(graphStylesheet({ large }));
  }
}

export function GraphView(props: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const layoutRef = useRef<cytoscape.Layouts | null>(null);
  /** Bumped per layout request, so a late answer from the worker for an older one is dropped. */
  const layoutToken = useRef(0);
  const layoutBusy = useRef(false);
  const [laying, setLaying] = useState(false);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const instance = cytoscape({
      container,
      style: graphStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      motionBlur: false,
      pixelRatio: 'auto',
    });
    instance.on('tap', (event: EventObject) => {
      const target = event.target as Core | cytoscape.SingularElementReturnValue;
      callbacks.current.onSelect(target === instance ? null : (target as cytoscape.SingularElementReturnValue).id());
    });
    instance.on('dbltap', 'node', (event: EventObject) => callbacks.current.onExpand(event.target.id() as string));
    instance.on('mouseover', 'node', (event: EventObject) => {
      const node = event.target as cytoscape.NodeSingular;
      instance.batch(() => {
        node.addClass('hover');
        node.connectedEdges().addClass('neighbour-edge');
        if (instance.elements().length <= LARGE_GRAPH_ELEMENTS) {
          instance.elements().difference(node.closedNeighborhood()).addClass('hover-faded');
        }
      });
    });
    instance.on('mouseout', 'node', () => {
      instance.batch(() => instance.elements().removeClass('hover neighbour-edge hover-faded'));
    });
    instance.on('mouseover', 'edge', (event: EventObject) =>
      (event.target as cytoscape.EdgeSingular).addClass('hover'),
    );
    instance.on('mouseout', 'edge', (event: EventObject) =>
      (event.target as cytoscape.EdgeSingular).removeClass('hover'),
    );
    setCy(instance);
    callbacks.current.onReady(instance);
    return () => {
      callbacks.current.onReady(null);
      layoutRef.current?.stop();
      instance.destroy();
      setCy(null);
    };
  }, []);

  const runLayout = (instance: Core, incremental: boolean) => {
    const token = (layoutToken.current += 1);
    layoutRef.current?.stop();
    layoutRef.current = null;
    const nodes = instance.nodes();
    if (nodes.empty()) return;
    layoutBusy.current = true;
    setLaying(true);
    const start = (options: cytoscape.LayoutOptions) => {
      if (instance.destroyed() || token !== layoutToken.current) return;
      const layout = instance.elements().layout(options);
      layout.one('layoutstop', () => {
        if (token !== layoutToken.current) return;
        const focusId = pendingFocus.current;
        pendingFocus.current = null;
        layoutRef.current = null;
        layoutBusy.current = false;
        setLaying(false);
        fitView(instance, focusId === null ? undefined : instance.getElementById(focusId));
      });
      layoutRef.current = layout;
      layout.run();
    };
    const edges = instance.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
    switch (props.layout) {
      case 'fcose':
        // Computed in a worker; the page stays interactive meanwhile.
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
  };

  // Patch elements by id; lay out only when something was added.
  useEffect(() => {
    if (cy === null) return;
    const result = syncElements(cy, props.elements);
    tuneForSize(cy);
    if (result.added.length > 0) runLayout(cy, cy.nodes().length > result.added.length);
  }, [cy, props.elements]);

  // A new layout, or "re-run", lays out everything again (the first layout is the elements' own).
  const laidOutWith = useRef({ layout: props.layout, revision: props.layoutRevision });
  useEffect(() => {
    const previous = laidOutWith.current;
    if (cy === null || (previous.layout === props.layout && previous.revision === props.layoutRevision)) return;
    laidOutWith.current = { layout: props.layout, revision: props.layoutRevision };
    runLayout(cy, false);
  }, [cy, props.layout, props.layoutRevision]);

  // Classes for time, filters and trace; the selection mirrors the view state.
  useEffect(() => {
    if (cy === null) return;
    const { filters, traced, selected } = props;
    cy.batch(() => {
      cy.elements().removeClass('out-of-time filtered traced faded');
      filters.outOfTime.forEach((id) => cy.getElementById(id).addClass('out-of-time'));
      filters.filtered.forEach((id) => cy.getElementById(id).addClass('filtered'));
      if (traced !== null && traced.size > 0) {
        cy.elements().forEach((el) => {
          el.addClass(traced.has(el.id()) ? 'traced' : 'faded');
        });
      }
      cy.elements(':selected').unselect();
      if (selected !== null) cy.getElementById(selected).select();
    });
  }, [cy, props.filters, props.traced, props.selected, props.elements]);

  useEffect(() => {
    if (cy === null || props.focus === null) return;
    const node = cy.getElementById(props.focus);
    if (node.nonempty() && !layoutBusy.current) {
      cy.animate({ center: { eles: node } }, { duration: 300 });
    } else {
      pendingFocus.current = props.focus;
    }
  }, [cy, props.focus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (cy === null) return;
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move !== undefined) {
      cy.panBy({ x: move[0], y: move[1] });
      event.preventDefault();
    } else if (event.key === '+' || event.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (event.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
  };

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        className="graph-canvas"
        role="application"
        aria-roledescription="graph"
        aria-label={props.ariaLabel}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      />
      {cy !== null && props.elements.nodes.length > 0 && <MiniMap cy={cy} label={props.minimapLabel} />}
      {laying && (
        <p className="status loading layout-status" role="status">
          <span className="spinner" aria-hidden /> {props.layingOutLabel}
        </p>
      )}
    </div>
  );
}

/** Never zoom in further than this when fitting, so small graphs do not blow up. */
const MAX_FIT_ZOOM = 1.3;

/** Room kept free around the fitted graph for the overlays: legend (left), time bar (bottom). */
function fitInsets(cy: Core): { top: number; right: number; bottom: number; left: number } {
  return { top: 40, right: 60, bottom: 96, left: cy.width() > 800 ? 250 : 40 };
}

/**
 * Fits the visible elements (capped zoom); with a focus node in a big graph, centres on it at a
 * readable zoom instead.
 */
export function fitView(cy: Core, focus?: cytoscape.CollectionReturnValue): void {
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
