import { describe, expect, it } from 'vitest';
import {
  EMPTY_CACHE,
  deriveVisibleGraph,
  expansionKey,
  missingRequests,
  nodeSliceKey,
  traceKey,
  withSlice,
  withTrace,
} from '../../../web/src/graph/model';
import { INITIAL_STATE, viewReducer, type GraphDoc } from '../../../web/src/view/state';
import { entity, relation } from './fixtures';

const quad = entity('framework:quad', { degree: 4 });
const japan = entity('actor:japan', { kind: 'ACTOR', degree: 2 });
const india = entity('actor:india', { kind: 'ACTOR', degree: 1 });
const seato = entity('framework:seato', { degree: 1 });
const japanQuad = relation('actor:japan', 'MEMBER_OF', 'framework:quad');
const indiaQuad = relation('actor:india', 'MEMBER_OF', 'framework:quad');
const quadSeato = relation('framework:quad', 'COMPARED_TO', 'framework:seato');

const focusQuad = viewReducer(INITIAL_STATE, { type: 'focusEntity', id: 'framework:quad' }).doc;
const quadExpansion = focusQuad.expansions[0]!;

function cacheFor(doc: GraphDoc) {
  let cache = withSlice(EMPTY_CACHE, nodeSliceKey('framework:quad'), [quad], [japanQuad, indiaQuad, quadSeato], false);
  cache = withSlice(cache, expansionKey(quadExpansion), [quad, japan, india], [japanQuad, indiaQuad], true);
  for (const e of doc.expansions.filter((x) => x.id === 'actor:japan')) {
    cache = withSlice(cache, expansionKey(e), [japan, quad], [japanQuad], false);
  }
  return cache;
}

describe('visible graph from the view document', () => {
  it('is the union of the slices the document needs', () => {
    const graph = deriveVisibleGraph(focusQuad, cacheFor(focusQuad), null);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['actor:india', 'actor:japan', 'framework:quad']);
    expect(graph.edges.map((e) => e.id).sort()).toEqual([indiaQuad.id, japanQuad.id].sort());
    expect(graph.pending).toBe(0);
    expect(graph.expanded).toEqual(new Set(['framework:quad']));
  });

  it('counts the relations each node has off the canvas (the "+N" cue)', () => {
    const graph = deriveVisibleGraph(focusQuad, cacheFor(focusQuad), null);
    expect(graph.hiddenRelations.get('framework:quad')).toBe(2);
    expect(graph.hiddenRelations.get('actor:india')).toBe(0);
  });

  it('leaves removed entities and their relations out', () => {
    const doc = { ...focusQuad, removed: ['actor:india'] };
    const graph = deriveVisibleGraph(doc, cacheFor(doc), null);
    expect(graph.nodes.map((n) => n.id)).not.toContain('actor:india');
    expect(graph.edges.map((e) => e.id)).toEqual([japanQuad.id]);
  });

  it('is the same after undo whatever was fetched meanwhile', () => {
    const before = viewReducer(INITIAL_STATE, { type: 'focusEntity', id: 'framework:quad' });
    const after = viewReducer(before, { type: 'expand', id: 'actor:japan' });
    const cache = cacheFor(after.doc);
    const undone = viewReducer(after, { type: 'undo' });
    expect(deriveVisibleGraph(undone.doc, cache, null).nodes).toEqual(
      deriveVisibleGraph(before.doc, cache, null).nodes,
    );
  });

  it('reports slices still missing, and asks only for those', () => {
    const graph = deriveVisibleGraph(focusQuad, EMPTY_CACHE, null);
    expect(graph.pending).toBe(2);
    expect(missingRequests(focusQuad, EMPTY_CACHE, null)).toEqual({
      nodeIds: ['framework:quad'],
      expansions: [quadExpansion],
      trace: null,
    });
    expect(missingRequests(focusQuad, cacheFor(focusQuad), null)).toEqual({ nodeIds: [], expansions: [], trace: null });
  });

  it('adds the paths of a trace, keyed by its year only when the year applies', () => {
    const trace = { from: 'framework:seato', to: 'actor:japan', types: [], maxHops: 4, useYear: false, paths: 5 };
    const doc: GraphDoc = { ...INITIAL_STATE.doc, trace };
    expect(traceKey(trace, 1990)).toBe(traceKey(trace, null));
    expect(traceKey({ ...trace, useYear: true }, 1990)).not.toBe(traceKey(trace, null));
    const cited = { id: 'claim:japan-quad', lineStart: 10, lineEnd: 12, document: { id: '001' } };
    const cache = withTrace(EMPTY_CACHE, traceKey(trace, null), {
      paths: [
        {
          nodes: [seato, quad, japan],
          edges: [
            { ...quadSeato, claims: [] },
            { ...japanQuad, claims: [cited] },
          ],
          weakHops: 0,
        },
      ],
      hasMore: false,
      hubSkipped: false,
      weakTypes: [],
    });
    const graph = deriveVisibleGraph(doc, cache, null);
    expect(graph.trace?.paths[0]?.nodeIds).toEqual(['framework:seato', 'framework:quad', 'actor:japan']);
    expect(graph.edges).toHaveLength(2);
    // The paths' citations stay with the trace: the cached relation summaries carry only counts.
    expect(graph.trace?.citations.get(japanQuad.id)).toEqual([cited]);
  });
});
