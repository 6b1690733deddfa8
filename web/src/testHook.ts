/**
 * A read-only window onto the canvas for the browser tests (and curious users): which elements
 * are shown and with which classes. It exposes no way to change anything.
 */
import type { Core } from 'cytoscape';
import { drawnLabelBoxes, type Box } from './canvas/labels';
import { drawsWithWebgl } from './canvas/renderer';

export interface AtlasProbe {
  nodeIds(): string[];
  edgeIds(): string[];
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  hasClass(id: string, className: string): boolean;
  selectedIds(): string[];
  label(id: string): string | undefined;
  /** Positions rounded to whole pixels, for "same view" comparisons. */
  positions(): Record<string, { x: number; y: number }>;
  /** Which renderer draws the canvas (canvas/renderer.ts chooses). */
  renderer(): 'webgl' | 'canvas';
  /** Positions on screen (zoom and pan applied), rounded, for "same picture" comparisons. */
  renderedPositions(): Record<string, { x: number; y: number }>;
  zoom(): number;
  /** Node diameters in model pixels, for overlap checks. */
  sizes(): Record<string, number>;
  /** The boxes of the node labels drawn now (model coordinates), for collision checks. */
  labelBoxes(): Record<string, Box>;
  /** Group nodes and how many entities each stands for. */
  groups(): Record<string, number>;
}

declare global {
  interface Window {
    __atlas?: AtlasProbe;
  }
}

export function exposeProbe(cy: Core | null): void {
  if (cy === null) {
    delete window.__atlas;
    return;
  }
  window.__atlas = Object.freeze({
    nodeIds: () => cy.nodes().map((n) => n.id()),
    edgeIds: () => cy.edges().map((e) => e.id()),
    visibleNodeIds: () => cy.nodes(':visible').map((n) => n.id()),
    visibleEdgeIds: () => cy.edges(':visible').map((e) => e.id()),
    hasClass: (id: string, className: string) => cy.getElementById(id).hasClass(className),
    selectedIds: () => cy.elements(':selected').map((el) => el.id()),
    label: (id: string) => {
      const el = cy.getElementById(id);
      return el.empty() ? undefined : String(el.data('label'));
    },
    renderer: () => (drawsWithWebgl(cy) ? 'webgl' : 'canvas'),
    positions: () =>
      Object.fromEntries(
        cy.nodes().map((n) => [n.id(), { x: Math.round(n.position('x')), y: Math.round(n.position('y')) }]),
      ),
    renderedPositions: () =>
      Object.fromEntries(
        cy
          .nodes()
          .map((n) => [n.id(), { x: Math.round(n.renderedPosition().x), y: Math.round(n.renderedPosition().y) }]),
      ),
    zoom: () => cy.zoom(),
    sizes: () => Object.fromEntries(cy.nodes().map((n) => [n.id(), n.width()])),
    labelBoxes: () => drawnLabelBoxes(cy),
    groups: () => Object.fromEntries(cy.nodes('[members > 0]').map((n) => [n.id(), n.data('members') as number])),
  });
}
