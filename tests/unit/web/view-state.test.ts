import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPAND_LIMIT,
  INITIAL_STATE,
  canRedo,
  canUndo,
  viewReducer,
  type ViewAction,
  type ViewState,
} from '../../../web/src/view/state';

const run = (actions: ViewAction[], from: ViewState = INITIAL_STATE): ViewState => actions.reduce(viewReducer, from);

describe('view state: search focus, expand, collapse, remove', () => {
  it('choosing a search hit places, expands, selects and centres it', () => {
    const state = run([{ type: 'focusEntity', id: 'framework:quad' }]);
    expect(state.doc.nodes).toEqual(['framework:quad']);
    expect(state.doc.expansions).toEqual([{ id: 'framework:quad', types: [], limit: DEFAULT_EXPAND_LIMIT }]);
    expect(state.focus).toBe('framework:quad');
    expect(state.selected).toBe('framework:quad');
    expect(state.panel).toBe('details');
  });

  it('expands by relation type and keeps one expansion per id and type set', () => {
    const state = run([
      { type: 'expand', id: 'actor:japan', types: ['MEMBER_OF'], limit: 10 },
      { type: 'expand', id: 'actor:japan', types: ['MEMBER_OF'], limit: 20 },
      { type: 'expand', id: 'actor:japan', types: ['PARTNER_OF'] },
    ]);
    expect(state.doc.expansions).toEqual([
      { id: 'actor:japan', types: ['MEMBER_OF'], limit: 20 },
      { id: 'actor:japan', types: ['PARTNER_OF'], limit: DEFAULT_EXPAND_LIMIT },
    ]);
  });

  it('"show more" raises the limit of every expansion of the node', () => {
    const state = run([
      { type: 'expand', id: 'actor:nato', limit: 5 },
      { type: 'showMore', id: 'actor:nato', step: 10 },
    ]);
    expect(state.doc.expansions[0]?.limit).toBe(15);
  });

  it('collapse drops the expansions but keeps the node; remove takes it off the canvas', () => {
    const focused = run([{ type: 'focusEntity', id: 'actor:nato' }]);
    const collapsed = viewReducer(focused, { type: 'collapse', id: 'actor:nato' });
    expect(collapsed.doc.expansions).toEqual([]);
    expect(collapsed.doc.nodes).toEqual(['actor:nato']);
    const removed = viewReducer(focused, { type: 'remove', id: 'actor:nato' });
    expect(removed.doc.nodes).toEqual([]);
    expect(removed.doc.removed).toEqual(['actor:nato']);
    expect(removed.selected).toBeNull();
    expect(removed.focus).toBeNull();
  });

  it('choosing a removed entity again brings it back', () => {
    const state = run([
      { type: 'focusEntity', id: 'actor:nato' },
      { type: 'remove', id: 'actor:nato' },
      { type: 'addEntities', ids: ['actor:nato'] },
    ]);
    expect(state.doc.removed).toEqual([]);
    expect(state.doc.nodes).toEqual(['actor:nato']);
  });
});

describe('view state: undo and redo', () => {
  it('steps back and forth through document changes', () => {
    const expanded = run([
      { type: 'focusEntity', id: 'framework:quad' },
      { type: 'expand', id: 'actor:japan' },
    ]);
    expect(canUndo(expanded)).toBe(true);
    const undone = viewReducer(expanded, { type: 'undo' });
    expect(undone.doc.expansions.map((e) => e.id)).toEqual(['framework:quad']);
    expect(canRedo(undone)).toBe(true);
    const redone = viewReducer(undone, { type: 'redo' });
    expect(redone.doc).toEqual(expanded.doc);
    expect(canRedo(redone)).toBe(false);
  });

  it('a new change after undo clears the redo list', () => {
    const state = run([{ type: 'expand', id: 'actor:japan' }, { type: 'undo' }, { type: 'expand', id: 'actor:india' }]);
    expect(canRedo(state)).toBe(false);
    expect(state.past).toHaveLength(1);
  });

  it('selection, year, layout and filters are not undo steps', () => {
    const state = run([
      { type: 'select', id: 'actor:japan' },
      { type: 'setYear', year: 1960 },
      { type: 'setLayout', layout: 'concentric' },
      { type: 'toggleKind', kind: 'EVENT' },
      { type: 'toggleRelationType', relationType: 'ATTENDED' },
    ]);
    expect(canUndo(state)).toBe(false);
    expect(state.hiddenKinds).toEqual(['EVENT']);
    expect(viewReducer(state, { type: 'toggleKind', kind: 'EVENT' }).hiddenKinds).toEqual([]);
  });

  it('undo with no history changes nothing', () => {
    expect(viewReducer(INITIAL_STATE, { type: 'undo' })).toBe(INITIAL_STATE);
    expect(viewReducer(INITIAL_STATE, { type: 'redo' })).toBe(INITIAL_STATE);
  });
});

describe('view state: trace and compare', () => {
  it('a trace is part of the undoable document and brings its ends back', () => {
    const state = run([
      { type: 'focusEntity', id: 'framework:seato' },
      { type: 'remove', id: 'framework:seato' },
      {
        type: 'setTrace',
        trace: { from: 'framework:seato', to: 'framework:quad', types: [], maxHops: 4, useYear: false, paths: 5 },
      },
    ]);
    expect(state.doc.trace?.to).toBe('framework:quad');
    expect(state.doc.removed).toEqual([]);
    expect(viewReducer(state, { type: 'undo' }).doc.trace).toBeNull();
  });

  it('a chosen path stays through "More paths" and goes with a new search, a cleared trace or an undo past it', () => {
    const seatoToQuad = {
      from: 'framework:seato',
      to: 'framework:quad',
      types: [],
      maxHops: 4,
      useYear: false,
      paths: 5,
    };
    const chosen = run([
      { type: 'setTrace', trace: seatoToQuad },
      { type: 'chooseTracePath', index: 1 },
    ]);
    expect(chosen.tracePath).toBe(1);
    expect(viewReducer(chosen, { type: 'setTrace', trace: { ...seatoToQuad, paths: 10 } }).tracePath).toBe(1);
    const strong: ViewAction = { type: 'setTrace', trace: { ...seatoToQuad, types: ['MEMBER_OF'] } };
    expect(viewReducer(chosen, strong).tracePath).toBeNull();
    expect(viewReducer(chosen, { type: 'clearTrace' }).tracePath).toBeNull();
    expect(viewReducer(chosen, { type: 'undo' }).tracePath).toBeNull();
    expect(viewReducer(INITIAL_STATE, { type: 'chooseTracePath', index: 0 }).tracePath).toBeNull();
  });

  it('compare keeps each framework once', () => {
    const state = viewReducer(INITIAL_STATE, { type: 'setCompare', ids: ['framework:quad', 'framework:quad'] });
    expect(state.compare).toEqual(['framework:quad']);
  });
});
