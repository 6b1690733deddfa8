import { describe, expect, it } from 'vitest';
import { toElements } from '../../../web/src/canvas/elements';
import { applyFilters, filterGroups } from '../../../web/src/graph/filters';
import { EMPTY_CACHE, deriveVisibleGraph, expansionKey, withSlice } from '../../../web/src/graph/model';
import { GROUP_ABOVE, INITIAL_STATE, groupNodeId, viewReducer } from '../../../web/src/view/state';
import { decodeLink, encodeView } from '../../../web/src/view/url';
import { entity, relation } from './fixtures';

const nato = entity('actor:nato', { kind: 'ACTOR', type: 'alliance', degree: 40 });
const states = Array.from({ length: GROUP_ABOVE + 3 }, (_, i) =>
  entity(`actor:state-${i}`, { kind: 'ACTOR', type: 'state', degree: 2 }),
);
const summit = entity('event:summit', { kind: 'EVENT', type: 'summit', degree: 2 });
const members = states.map((s) => relation(s.id, 'MEMBER_OF', 'actor:nato'));
const hosted = relation('actor:state-0', 'HOSTED', 'event:summit');

const expanded = viewReducer(INITIAL_STATE, { type: 'focusEntity', id: 'actor:nato' });
const cache = withSlice(
  EMPTY_CACHE,
  expansionKey(expanded.doc.expansions[0]!),
  [nato, ...states, summit],
  [...members, relation('actor:nato', 'HOSTED', 'event:summit'), hosted],
  false,
);

describe('grouping many neighbours of one sub-type', () => {
  it('draws an expansion’s many states as one group node tied to the expanded node', () => {
    const graph = deriveVisibleGraph(expanded.doc, cache, null);
    expect(graph.groups).toHaveLength(1);
    const [group] = graph.groups;
    expect(group!.members).toHaveLength(states.length);
    expect(group!.relationType).toBe('MEMBER_OF');
    expect(group!.towardsOwner).toBe(true);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['actor:nato', 'event:summit']);
    // Counted before grouping: the members are on the canvas, only drawn together.
    expect(graph.hiddenRelations.get('actor:nato')).toBe(40 - states.length - 1);

    const elements = toElements(graph, 'en');
    const node = elements.nodes.find((n) => n.id === group!.nodeId);
    expect(node).toMatchObject({ label: `${states.length} countries`, members: states.length });
    expect(toElements(graph, 'ja').nodes.find((n) => n.id === group!.nodeId)?.label).toBe(`国 ${states.length} 件`);
    expect(elements.edges.find((e) => e.grouped)).toMatchObject({ source: group!.nodeId, target: 'actor:nato' });
  });

  it('opens into its members and groups them again, undoably; the group node hands the selection to its owner', () => {
    const key = deriveVisibleGraph(expanded.doc, cache, null).groups[0]!.key;
    const chosen = viewReducer(expanded, { type: 'select', id: groupNodeId(key) });
    const opened = viewReducer(chosen, { type: 'openGroup', key });
    expect(opened.selected).toBe('actor:nato');
    const open = deriveVisibleGraph(opened.doc, cache, null);
    expect(open.groups).toEqual([]);
    expect(open.openGroups.map((g) => g.key)).toEqual([key]);
    expect(open.nodes).toHaveLength(states.length + 2);
    expect(open.edges).toContainEqual(hosted);

    const closed = viewReducer(opened, { type: 'closeGroup', key });
    expect(deriveVisibleGraph(closed.doc, cache, null).groups).toHaveLength(1);
    expect(viewReducer(closed, { type: 'undo' }).doc).toEqual(opened.doc);
    // Collapsing the expansion forgets its open groups: expanding again groups afresh.
    expect(viewReducer(opened, { type: 'collapse', id: 'actor:nato' }).doc.openGroups).toEqual([]);
  });

  it('leaves alone what is placed directly or brought by another slice too', () => {
    const placed = viewReducer(expanded, { type: 'addEntities', ids: states.slice(0, 2).map((s) => s.id) });
    const graph = deriveVisibleGraph(placed.doc, cache, null);
    expect(graph.groups).toHaveLength(1);
    expect(graph.groups[0]!.members).toHaveLength(GROUP_ABOVE + 1);
    const fewer = viewReducer(placed, { type: 'addEntities', ids: [states[2]!.id] });
    expect(deriveVisibleGraph(fewer.doc, cache, null).groups).toEqual([]);
  });

  it('hides a group with its kind, its relation type or its owner', () => {
    const graph = deriveVisibleGraph(expanded.doc, cache, null);
    const [group] = graph.groups;
    const view = { year: null, hideUndated: false, hiddenTypes: [], hiddenKinds: [] };
    const shown = filterGroups(graph.groups, applyFilters(graph.nodes, graph.edges, view), view);
    expect(shown.filtered.has(group!.nodeId)).toBe(false);
    const noActors = { ...view, hiddenKinds: ['ACTOR' as const] };
    const hidden = filterGroups(graph.groups, applyFilters(graph.nodes, graph.edges, noActors), noActors);
    expect([hidden.filtered.has(group!.nodeId), hidden.filtered.has(group!.edgeId)]).toEqual([true, true]);
    const noMembership = { ...view, hiddenTypes: ['MEMBER_OF' as const] };
    expect(
      filterGroups(graph.groups, applyFilters(graph.nodes, graph.edges, noMembership), noMembership).filtered.has(
        group!.nodeId,
      ),
    ).toBe(true);
  });

  it('a shared link carries the open groups; an unreadable one is named', () => {
    const key = deriveVisibleGraph(expanded.doc, cache, null).groups[0]!.key;
    const opened = viewReducer(expanded, { type: 'openGroup', key });
    const link = encodeView(opened);
    expect(decodeLink(link).state.doc.openGroups).toEqual([key]);
    expect(decodeLink('?n=actor:nato&g=nato,actor:nato~state').problems).toEqual([{ param: 'g', value: 'nato' }]);
  });
});
