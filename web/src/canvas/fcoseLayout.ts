/**
 * fcose on a headless Cytoscape: positions from sizes and links only. Runs in a Web Worker
 * (layout.worker.ts) so large layouts never block the page; the same function is the fallback
 * on the main thread.
 */
import cytoscape, { type Position } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutOptions, separateOverlaps } from './layouts';

cytoscape.use(fcose);

export interface FcoseRequest {
  nodes: { id: string; x: number; y: number; size: number }[];
  edges: { id: string; source: string; target: string }[];
  incremental: boolean;
}

export type FcosePositions = Record<string, Position>;

/** The app's fcose options for a headless run: sizes without labels. */
export function headlessFcoseOptions(nodeCount: number, incremental: boolean): cytoscape.LayoutOptions {
  return {
    ...layoutOptions('fcose', nodeCount, { incremental }),
    // Labels cannot be measured here; leave them room through the edge length instead.
    nodeDimensionsIncludeLabels: false,
  } as cytoscape.LayoutOptions;
}

export function computeFcosePositions(request: FcoseRequest): Promise<FcosePositions> {
  const cy = cytoscape({
    headless: true,
    // A headless instance otherwise runs the 'null' layout on its elements, which puts every node
    // at (0, 0): an incremental fcose then pushed them all along one diagonal line.
    layout: { name: 'preset' },
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...request.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, size: n.size },
        position: { x: n.x, y: n.y },
      })),
      ...request.edges.map((e) => ({ group: 'edges' as const, data: e })),
    ],
  });
  return new Promise((resolve) => {
    const layout = cy.layout(headlessFcoseOptions(request.nodes.length, request.incremental));
    layout.one('layoutstop', () => {
      const placed = cy.nodes().map((node) => ({ ...node.position(), size: node.data('size') as number }));
      const ids = cy.nodes().map((node) => node.id());
      cy.destroy();
      // fcose spaces nodes by their links, not their discs: a hub's many leaves could end up on top of each other.
      const separated = separateOverlaps(placed);
      resolve(Object.fromEntries(ids.map((id, i) => [id, { x: separated[i]!.x, y: separated[i]!.y }])));
    });
    layout.run();
  });
}
