/**
 * The one owner of the Cytoscape instance: created on mount, destroyed on unmount, patched by
 * element id from props. Layout (useLayout) runs only when elements are added or the layout
 * changes, never for selection, filters or the year (those only toggle classes).
 */
import cytoscape, { type Core, type EventObject } from 'cytoscape';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FilterResult } from '../graph/filters';
import type { LayoutName } from '../view/state';
import { syncElements, type EdgeData, type NodeData } from './elements';
import { MiniMap } from './MiniMap';
import { graphStylesheet } from './style';
import { useLayout } from './useLayout';
import { moveByKey } from './viewport';
import { YearAxis } from './YearAxis';

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
  yearAxisLabel: string;
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
  const layout = useLayout(cy, props.layout, props.layoutRevision);
  const stopLayout = useRef(layout.stop);
  stopLayout.current = layout.stop;

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
      stopLayout.current();
      instance.destroy();
      setCy(null);
    };
  }, []);

  // Patch elements by id; lay out only when something was added.
  const { run: runLayout, focus: focusNode } = layout;
  useEffect(() => {
    if (cy === null) return;
    const result = syncElements(cy, props.elements);
    tuneForSize(cy);
    // Incremental (placed nodes stay near where they are) unless most nodes are new. Only nodes
    // count: a batch of new edges among placed nodes is no reason to scatter them all again.
    const addedNodes = result.added.filter((id) => cy.getElementById(id).isNode()).length;
    if (result.added.length > 0) runLayout(cy.nodes().length - addedNodes >= addedNodes);
  }, [cy, props.elements, runLayout]);

  // Classes for time, filters and trace; the selection mirrors the view state.
  useEffect(() => {
    if (cy === null) return;
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
  }, [cy, props.filters, props.traced, props.selected, props.elements]);

  useEffect(() => {
    if (props.focus !== null) focusNode(props.focus);
  }, [focusNode, props.focus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Arrow keys would otherwise scroll the page as well.
    if (cy !== null && moveByKey(cy, event.key) && event.key.startsWith('Arrow')) event.preventDefault();
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
      {cy !== null && props.layout === 'timeline' && <YearAxis cy={cy} label={props.yearAxisLabel} />}
      {layout.laying && (
        <p className="status loading layout-status" role="status">
          <span className="spinner" aria-hidden /> {props.layingOutLabel}
        </p>
      )}
    </div>
  );
}
