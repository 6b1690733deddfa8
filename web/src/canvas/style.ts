/**
 * The one stylesheet of the canvas: data-driven by entity kind and relation group, with classes
 * for hover, selection, fading, tracing and time or filter hiding.
 */
import type { StylesheetJson } from 'cytoscape';
import { CONFLICT_STYLE, ENTITY_KINDS, GROUP_STYLE, KIND_STYLE, RELATION_GROUPS } from '../vocabulary';

export const FONT_FAMILY =
  '"Inter", "Segoe UI", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", system-ui, sans-serif';

export const TRACE_COLOR = '#d6336c';

/** Label sizes, and the smallest on-screen size at which a label is drawn at all. */
export const NODE_FONT_SIZE = 11;
export const EDGE_FONT_SIZE = 9;
export const MIN_LABEL_PX = 7;
export const SELECT_COLOR = '#1c7ed6';

/**
 * Above about 2,000 elements (`large`), edges are straight haystack lines without arrows, dashes or
 * transparency, and nodes lose their white border and label backing: drawing 5,000 elements with
 * the full style took ten times as long a frame as Cytoscape's default style (npm run bench).
 * Colour still tells the relation group; selecting or tracing still highlights.
 */
const LARGE_GRAPH_OVERRIDES: StylesheetJson = [
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      'line-style': 'solid',
      opacity: 1,
    },
  },
  { selector: 'node', style: { 'border-width': 0, 'text-background-opacity': 0 } },
];

export interface StyleOptions {
  large: boolean;
  /**
   * Labels left out whatever the classes say: Cytoscape's WebGL mode ignores min-zoomed-font-size,
   * so GraphView leaves out those that would be drawn smaller than MIN_LABEL_PX at the zoom.
   */
  hideLabels?: { nodes: boolean; edges: boolean };
}

export function graphStylesheet({ large, hideLabels }: StyleOptions = { large: false }): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': NODE_FONT_SIZE,
        color: '#1f2a37',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Labels come shortened to about 140 px (elements.ts): Cytoscape's ellipsis, slow to
        // compute for a label that does not fit, is only the safety net. (With no wrap at all it
        // kept a label's old width when the language changed.)
        'text-wrap': 'ellipsis',
        'text-max-width': '170px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'min-zoomed-font-size': MIN_LABEL_PX,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': KIND_STYLE[kind].color, shape: KIND_STYLE[kind].shape },
    })),
    { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1f2a37', 'font-weight': 600 } },
    // A group node stands for many entities: a double ring, and its label always drawn in bold.
    {
      selector: 'node[members > 0]',
      style: {
        'border-style': 'double',
        'border-width': 6,
        'border-color': '#1f2a37',
        'font-weight': 700,
        'z-index': 6,
      },
    },
    // Label priority: the most connected nodes are drawn on top, and the labels of nodes with few
    // relations give way first when zoomed out (their text would be under 10 px).
    { selector: 'node[degree >= 10]', style: { 'z-index': 4 } },
    { selector: 'node[degree >= 30]', style: { 'z-index': 8 } },
    { selector: 'node[degree < 4]', style: { 'min-zoomed-font-size': 10 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        opacity: 0.85,
        'font-family': FONT_FAMILY,
        'font-size': EDGE_FONT_SIZE,
        color: '#44505e',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    ...RELATION_GROUPS.map((group) => ({
      selector: `edge[group = "${group}"]`,
      style: {
        'line-color': GROUP_STYLE[group].color,
        'target-arrow-color': GROUP_STYLE[group].color,
        'line-style': GROUP_STYLE[group].line,
      },
    })),
    ...(large ? LARGE_GRAPH_OVERRIDES : []),
    // It stands for many relations, each already in the group's owner's details: nothing to select.
    { selector: 'edge[?grouped]', style: { width: 4, events: 'no' } },
    {
      selector: 'edge[?conflicted]',
      style: {
        'line-color': CONFLICT_STYLE.color,
        'target-arrow-color': CONFLICT_STYLE.color,
        'line-style': 'dashed',
        'line-dash-pattern': [...CONFLICT_STYLE.dash],
        width: 2.6,
      },
    },
    // A label that would overlap one of higher priority (labels.ts); hover and selection still draw it.
    { selector: 'node.label-hidden', style: { label: '' } },
    { selector: 'edge.hover, edge:selected, edge.neighbour-edge', style: { label: 'data(label)', width: 2.6 } },
    {
      selector: 'node.hover',
      style: {
        'border-color': SELECT_COLOR,
        'border-width': 3,
        'z-index': 10,
        label: 'data(fullName)',
        'text-max-width': '320px',
        'min-zoomed-font-size': 0,
        'text-background-opacity': 0.95,
      },
    },
    {
      selector: 'node:selected',
      style: { label: 'data(fullName)', 'text-max-width': '320px', 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': SELECT_COLOR, 'border-width': 4, 'overlay-opacity': 0, 'z-index': 20 },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': SELECT_COLOR, 'target-arrow-color': SELECT_COLOR, width: 3.5, 'z-index': 20 },
    },
    // As of a year: undated things are there for want of a date (faded, dashed); an entity whose
    // relations all lie outside the year is there but idle (dimmed).
    {
      selector: 'node.undated',
      style: { opacity: 0.5, 'border-style': 'dashed', 'border-color': '#5c6773', 'border-width': 2 },
    },
    { selector: 'edge.undated', style: { opacity: 0.35 } },
    { selector: 'node.inactive', style: { opacity: 0.3 } },
    { selector: '.faded, .hover-faded', style: { opacity: 0.12, 'text-opacity': 0.2 } },
    { selector: 'node.traced', style: { 'border-color': TRACE_COLOR, 'border-width': 4, opacity: 1 } },
    {
      selector: 'edge.traced',
      style: {
        'line-color': TRACE_COLOR,
        'target-arrow-color': TRACE_COLOR,
        width: 4,
        opacity: 1,
        label: 'data(label)',
        'z-index': 15,
      },
    },
    { selector: '.out-of-time, .filtered', style: { display: 'none' } },
    ...(hideLabels?.nodes ? [{ selector: 'node', style: { label: '' } }] : []),
    ...(hideLabels?.edges ? [{ selector: 'edge', style: { label: '' } }] : []),
  ];
}
