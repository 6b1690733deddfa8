/**
 * The one owner of the Cytoscape instance: created on mount, destroyed on unmount, patched by
 * element id from props. Layout (useLayout) runs only when elements are added or the layout
 * changes, never for selection, filters or the year (those only toggle classes).
 */
import cytoscape, { type Core, type ElementDefinition, type EventObject } from 'cytoscape';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FilterResult } from '../graph/filters';
import type { LayoutName } from '../view/state';
import type { Placement } from '../view/url';
import { syncElements, type EdgeData, type NodeData } from './elements';
import { MiniMap } from './MiniMap';
import { rendererOptions, rendererPreference, wantsWebgl, webglLost, type RendererMode } from './renderer';
import { EDGE_FONT_SIZE, graphStylesheet, MIN_LABEL_PX, NODE_FONT_SIZE, type StyleOptions } from './style';
import { useLayout } from './useLayout';
import { handleCanvasKey } from './keyboard';
import { watchLabels } from './labels';
import { useSharedPlacement } from './sharedPlacement';
import { fitView } from './viewport';
import { YearAxis } from './YearAxis';

/** Above this many elements hover fading is skipped and viewport rendering is simplified. */
const LARGE_GRAPH_ELEMENTS = 2000;
const TEXTURE_ON_VIEWPORT_ELEMENTS = 500;
/** The canvas Cytoscape adds for its WebGL mode. */
const WEBGL_LAYER = 'canvas[data-id$="-webgl"]';

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
  yearAxisLabel: string;
  onSelect: (id: string | null) => void;
  /** Enter on the selected element: show its details (a group node: show its members). */
  onOpen: (id: string) => void;
  onExpand: (id: string) => void;
  onReady: (cy: Core | null) => void;
  /** Which renderer draws the canvas; by default the browser's preference, else `auto` (renderer.ts). */
  renderer?: RendererMode;
  /** A shared link's placement, applied once the canvas holds its nodes. */
  placement: Placement;
  /** Whether parts of the view are still being fetched (the link's placement waits for them). */
  loading: boolean;
  onPlacement: (placement: Placement) => void;
}

/** What a recreated instance takes over from the one it replaces, so the view does not jump. */
interface CarriedView {
  elements: ElementDefinition[];
  zoom: number;
  pan: { x: number; y: number };
  laying: boolean;
}

// Cytoscape reads these renderer flags on every frame but only exposes them as init options;
// toggling them lets small graphs pan crisply and large ones stay responsive.
interface ViewportRenderer {
  hideEdgesOnViewport: boolean;
  textureOnViewport: boolean;
}

/** The stylesheet's options for this many elements at this zoom, and a key to tell them apart. */
function styleOptions(count: number, webgl: boolean, zoom: number): { options: StyleOptions; key: string } {
  const large = count > LARGE_GRAPH_ELEMENTS;
  // The 2D canvas leaves out labels smaller than min-zoomed-font-size itself; WebGL does not.
  const hideLabels = webgl
    ? { nodes: zoom * NODE_FONT_SIZE < MIN_LABEL_PX, edges: zoom * EDGE_FONT_SIZE < MIN_LABEL_PX }
    : undefined;
  return { options: { large, hideLabels }, key: JSON.stringify({ large, hideLabels }) };
}

/** Restyles only when the options change: restyling thousands of elements costs a frame or more. */
function restyle(cy: Core): void {
  const { options, key } = styleOptions(cy.elements().length, cy.scratch('webgl') === true, cy.zoom());
  if (cy.scratch('styleKey') === key) return;
  cy.scratch('styleKey', key);
  cy.style(graphStylesheet(options));
}

function tuneForSize(cy: Core): void {
  const count = cy.elements().length;
  const renderer = (cy as unknown as { renderer(): ViewportRenderer }).renderer();
  // Panning from a cached picture is invisible to the eye but spares full redraws, which already
  // cost about 100 ms a frame at 1,000 elements without a GPU (npm run bench).
  renderer.textureOnViewport = count > TEXTURE_ON_VIEWPORT_ELEMENTS;
  renderer.hideEdgesOnViewport = count > LARGE_GRAPH_ELEMENTS;
  restyle(cy);
}

export function GraphView(props: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const layout = useLayout(cy, props.layout, props.layoutRevision);
  const place = useSharedPlacement(cy, props.placement, props.loading, props.layout, props.onPlacement);
  /** Nodes were added while the link's placement waited for the rest of the view. */
  const heldBack = useRef(false);
  const stopLayout = useRef(layout.stop);
  stopLayout.current = layout.stop;
  const laying = useRef(layout.laying);
  laying.current = layout.laying;
  const count = props.elements.nodes.length + props.elements.edges.length;
  const webglBefore = useRef(false);
  const webgl = wantsWebgl(props.renderer ?? rendererPreference(), count, webglBefore.current);
  webglBefore.current = webgl;
  const carried = useRef<CarriedView | null>(null);
  // Cytoscape does not recover from a lost WebGL context: the canvas would stay blank.
  const [, setContextsLost] = useState(0);

  // Created again when the renderer changes (Cytoscape fixes it at creation), with the elements,
  // positions, classes, selection and viewport of the instance it replaces.
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const previous = carried.current;
    carried.current = null;
    // Styled for what it carries from the start, rather than restyled right after.
    const style = styleOptions(previous?.elements.length ?? 0, webgl, previous?.zoom ?? 1);
    const instance = cytoscape({
      container,
      style: graphStylesheet(style.options),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      motionBlur: false,
      pixelRatio: 'auto',
      ...rendererOptions(webgl),
      // preset: without it Cytoscape lays the elements it is created with out on a grid.
      ...(previous === null
        ? {}
        : { elements: previous.elements, layout: { name: 'preset' }, zoom: previous.zoom, pan: previous.pan }),
    });
    instance.scratch('styleKey', style.key);
    instance.scratch('webgl', webgl);
    if (webgl) {
      instance.on('zoom', () => restyle(instance));
      const lost = () => {
        webglLost();
        setContextsLost((n) => n + 1);
      };
      container.querySelector(WEBGL_LAYER)?.addEventListener('webglcontextlost', lost, { once: true });
    }
    // A layout cut short by the switch starts again from where the nodes are.
    if (previous?.laying === true) instance.scratch('relayout', true);
    instance.on('tap', (event: EventObject) => {
      const target = event.target as Core | cytoscape.SingularElementReturnValue;
      if (target === instance) return callbacks.current.onSelect(null);
      const element = target as cytoscape.SingularElementReturnValue;
      // A group node has nothing of its own to read: clicking it shows its members.
      if (element.isNode() && (element.data('members') as number) > 0) callbacks.current.onOpen(element.id());
      else callbacks.current.onSelect(element.id());
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
      carried.current = {
        elements: instance.elements().jsons() as unknown as ElementDefinition[],
        zoom: instance.zoom(),
        pan: instance.pan(),
        laying: laying.current,
      };
      callbacks.current.onReady(null);
      stopLayout.current();
      instance.destroy();
      setCy(null);
    };
  }, [webgl]);

  // Cytoscape notices the window resizing, not its container: opening the wide GraphQL panel
  // narrows the canvas without a window resize. A view that showed the whole graph is fitted
  // again to the new size; otherwise the point at the centre stays at the centre.
  useEffect(() => {
    const container = containerRef.current;
    if (cy === null || container === null) return;
    let size = { w: cy.width(), h: cy.height() };
    const observer = new ResizeObserver(() => {
      if (cy.destroyed() || (container.clientWidth === size.w && container.clientHeight === size.h)) return;
      const extent = cy.extent();
      const box = cy.elements(':visible').boundingBox({});
      const wholeGraph = box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
      const before = size;
      cy.resize();
      size = { w: cy.width(), h: cy.height() };
      if (wholeGraph && !laying.current) fitView(cy);
      else cy.panBy({ x: (size.w - before.w) / 2, y: (size.h - before.h) / 2 });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [cy]);

  // Labels that would collide are worked out again once the view settles.
  const scheduleLabels = useRef<() => void>(() => undefined);
  useEffect(() => {
    if (cy === null) return;
    const labels = watchLabels(cy);
    scheduleLabels.current = labels.schedule;
    return () => {
      labels.stop();
      scheduleLabels.current = () => undefined;
    };
  }, [cy]);

  // Patch elements by id; lay out only when something was added.
  const { run: runLayout, focus: focusNode } = layout;
  useEffect(() => {
    // In the commit that replaces the instance, this still sees the old one, already destroyed.
    if (cy === null || cy.destroyed()) return;
    const result = syncElements(cy, props.elements);
    tuneForSize(cy);
    const relayout = cy.scratch('relayout') === true;
    cy.removeScratch('relayout');
    if (result.added.length === 0 && !heldBack.current && !relayout) return;
    const outcome = place();
    // Incremental (placed nodes stay near where they are) unless most nodes are new. Only nodes
    // count: a batch of new edges among placed nodes is no reason to scatter them all again.
    const addedNodes = result.added.filter((id) => cy.getElementById(id).isNode()).length;
    const placedNodes = heldBack.current ? 0 : cy.nodes().length - addedNodes;
    // A canvas that had nothing placed shows its first layout at once: there is no move to follow.
    if (outcome === 'layout') runLayout(placedNodes > 0 && placedNodes >= addedNodes, placedNodes > 0);
    heldBack.current = outcome === 'wait';
  }, [cy, props.elements, props.loading, runLayout, place]);

  // Classes for time, filters and trace; the selection mirrors the view state.
  useEffect(() => {
    if (cy === null || cy.destroyed()) return;
    const { filters, traced, selected } = props;
    cy.batch(() => {
      cy.elements().removeClass('out-of-time filtered traced faded undated inactive');
      filters.outOfTime.forEach((id) => cy.getElementById(id).addClass('out-of-time'));
      filters.filtered.forEach((id) => cy.getElementById(id).addClass('filtered'));
      filters.undated.forEach((id) => cy.getElementById(id).addClass('undated'));
      filters.inactive.forEach((id) => cy.getElementById(id).addClass('inactive'));
      if (traced !== null && traced.size > 0) {
        cy.elements().forEach((el) => {
          el.addClass(traced.has(el.id()) ? 'traced' : 'faded');
        });
      }
      cy.elements(':selected').unselect();
      if (selected !== null) cy.getElementById(selected).select();
    });
    // Filters and the year show and hide nodes, which Cytoscape does not announce.
    scheduleLabels.current();
  }, [cy, props.filters, props.traced, props.selected, props.elements]);

  useEffect(() => {
    if (props.focus !== null) focusNode(props.focus);
  }, [focusNode, props.focus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Arrow keys would otherwise scroll the page as well.
    if (cy !== null && handleCanvasKey(cy, event.key, event.shiftKey, props)) event.preventDefault();
  };

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        id="graph-canvas"
        className="graph-canvas"
        role="application"
        aria-roledescription="graph"
        aria-label={props.ariaLabel}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="graph-canvas"
      />
      {cy !== null && props.elements.nodes.length > 0 && <MiniMap cy={cy} label={props.minimapLabel} />}
      {cy !== null && props.layout === 'timeline' && <YearAxis cy={cy} label={props.yearAxisLabel} />}
      {layout.laying && (
        <p className="status loading layout-status" role="status">
          <span className="spinner" aria-hidden /> {props.layingOutLabel}
        </p>
      )}
    </div>
  );
}
