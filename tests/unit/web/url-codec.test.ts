import { describe, expect, it } from 'vitest';
import { OVERVIEW_STATE } from '../../../web/src/view/overview';
import { INITIAL_STATE, type ViewState } from '../../../web/src/view/state';
import { decodeLink, decodeView, encodeView, placedPositions, placementCoords } from '../../../web/src/view/url';

const shared: ViewState = {
  ...INITIAL_STATE,
  doc: {
    nodes: ['framework:quad', 'actor:japan'],
    expansions: [
      { id: 'framework:quad', types: [], limit: 25 },
      { id: 'actor:japan', types: ['MEMBER_OF', 'PARTNER_OF'], limit: 10 },
    ],
    removed: ['actor:india'],
    trace: {
      from: 'framework:seato',
      to: 'framework:quad',
      types: ['MEMBER_OF'],
      maxHops: 3,
      useYear: true,
      paths: 10,
    },
    openGroups: ['framework:quad~state'],
  },
  focus: 'framework:quad',
  selected: 'actor:japan-[MEMBER_OF]->framework:quad',
  year: 1967,
  layout: 'timeline',
  hiddenTypes: ['ATTENDED'],
  hiddenKinds: ['EVENT'],
  compare: ['framework:seato', 'framework:anzus'],
  panel: 'compare',
  tracePath: 2,
};

describe('shareable URL', () => {
  it('round-trips the whole view by stable ids', () => {
    expect(decodeView(`?${encodeView(shared)}`)).toEqual(shared);
  });

  it('opens the overview from a bare link, and an empty canvas from n=', () => {
    expect(decodeView('')).toEqual(OVERVIEW_STATE);
    expect(encodeView(OVERVIEW_STATE)).toBe('');
    expect(encodeView(INITIAL_STATE)).toBe('n=');
    expect(decodeView('?n=')).toEqual(INITIAL_STATE);
    // The overview with anything added is a view of its own.
    const grown = {
      ...OVERVIEW_STATE,
      doc: { ...OVERVIEW_STATE.doc, nodes: [...OVERVIEW_STATE.doc.nodes, 'actor:ukraine'] },
    };
    expect(decodeView(`?${encodeView(grown)}`)).toEqual(grown);
  });

  it('carries "hide undated" as hu=1', () => {
    const state = { ...shared, hideUndated: true };
    expect(new URLSearchParams(encodeView(state)).get('hu')).toBe('1');
    expect(decodeView(`?${encodeView(state)}`)).toEqual(state);
  });

  it('ignores what it does not understand instead of failing', () => {
    const state = decodeView(
      '?n=actor:japan,<script>,&x=actor:japan~BOGUS.MEMBER_OF~abc&l=spiral&p=nowhere&y=soon&ht=NOPE,LED&hk=PLANET&tr=x',
    );
    expect(state.doc.nodes).toEqual(['actor:japan']);
    expect(state.doc.expansions).toEqual([{ id: 'actor:japan', types: ['MEMBER_OF'], limit: 25 }]);
    expect(state.layout).toBe('fcose');
    expect(state.panel).toBe('details');
    expect(state.year).toBeNull();
    expect(state.hiddenTypes).toEqual(['LED']);
    expect(state.hiddenKinds).toEqual([]);
    expect(state.doc.trace).toBeNull();
  });

  it('names each parameter and value it left out', () => {
    const { problems } = decodeLink(
      '?n=actor:japan,<script>&x=actor:japan~BOGUS.MEMBER_OF~abc,???&l=spiral&p=nowhere&y=soon&hk=PLANET&tr=x&zz=1&lang=fr',
    );
    expect(problems).toEqual([
      { param: 'y', value: 'soon' },
      { param: 'tr', value: 'x' },
      { param: 'zz', value: '1' },
      { param: 'n', value: '<script>' },
      { param: 'x', value: '???' },
      { param: 'l', value: 'spiral' },
      { param: 'hk', value: 'PLANET' },
      { param: 'p', value: 'nowhere' },
      { param: 'lang', value: 'fr' },
    ]);
    expect(decodeLink(`?${encodeView(shared, 'ja')}`).problems).toEqual([]);
  });

  it('carries the language with a view, not on the start page', () => {
    expect(decodeLink(`?${encodeView(shared, 'ja')}`).lang).toBe('ja');
    expect(decodeLink(`?${encodeView(shared)}`).lang).toBeNull();
    // The start page (the overview as it opens) stays the bare link; the empty canvas is n= alone.
    expect(encodeView(OVERVIEW_STATE, 'ja')).toBe('');
    expect(encodeView(INITIAL_STATE, 'ja')).toBe('n=');
  });

  it('carries positions, zoom and pan compactly, and gives them back for the same nodes only', () => {
    const positions = { 'framework:quad': { x: -120.4, y: 35.6 }, 'actor:japan': { x: 1234, y: -7 } };
    const coords = placementCoords(positions);
    expect(coords).toEqual([1234, -7, -120, 36]);
    const search = encodeView(shared, 'en', { coords, viewport: { zoom: 0.8514, x: 310.2, y: -44 } });
    expect(new URLSearchParams(search).get('pos')).toBe('ya.-7.-3c.10');
    const { placement, problems } = decodeLink(`?${search}`);
    expect(problems).toEqual([]);
    expect(placement).toEqual({ coords, viewport: { zoom: 0.851, x: 310, y: -44 } });
    expect(placedPositions(coords, ['framework:quad', 'actor:japan'])).toEqual({
      'actor:japan': { x: 1234, y: -7 },
      'framework:quad': { x: -120, y: 36 },
    });
    expect(placedPositions(coords, ['framework:quad'])).toBeNull();
    expect(decodeLink('?n=actor:japan&pos=1.2.3&vp=0.1.2').problems).toEqual([
      { param: 'pos', value: '1.2.3' },
      { param: 'vp', value: '0.1.2' },
    ]);
  });

  it('carries the open tab, the trace with its chosen path, and the compared frameworks', () => {
    const trace: ViewState = {
      ...INITIAL_STATE,
      doc: { ...INITIAL_STATE.doc, trace: { ...shared.doc.trace!, types: [], useYear: false, paths: 5 } },
      panel: 'trace',
      tracePath: 1,
    };
    const params = new URLSearchParams(encodeView(trace));
    expect(params.get('p')).toBe('trace');
    expect(params.get('tr')).toBe('framework:seato~framework:quad~3~0~~5');
    expect(params.get('tp')).toBe('1');
    expect(decodeLink(`?${params.toString()}`)).toMatchObject({ state: trace, problems: [] });
    // No path chosen: every path is highlighted, and the link says nothing of it.
    expect(new URLSearchParams(encodeView({ ...trace, tracePath: null })).has('tp')).toBe(false);

    const compare: ViewState = { ...INITIAL_STATE, compare: ['framework:seato', 'framework:quad'], panel: 'compare' };
    const compareParams = new URLSearchParams(encodeView(compare));
    expect(compareParams.get('cmp')).toBe('framework:seato,framework:quad');
    expect(compareParams.get('p')).toBe('compare');
    expect(decodeView(`?${compareParams.toString()}`)).toEqual(compare);
  });

  it('names a chosen path it cannot place: not a number, past the paths shown, or without a trace', () => {
    const tr = 'framework:seato~framework:quad~4~0~~5';
    for (const tp of ['first', '-1', '1.5', '5']) {
      const { state, problems } = decodeLink(`?p=trace&tr=${tr}&tp=${tp}`);
      expect(problems).toEqual([{ param: 'tp', value: tp }]);
      expect(state.tracePath).toBeNull();
      expect(state.doc.trace).not.toBeNull();
    }
    expect(decodeLink('?n=actor:japan&tp=0').problems).toEqual([{ param: 'tp', value: '0' }]);
    expect(decodeLink(`?p=trace&tr=${tr}&tp=4`).state.tracePath).toBe(4);
    expect(decodeLink('?cmp=framework:seato,SEATO').problems).toEqual([{ param: 'cmp', value: 'SEATO' }]);
  });

  it('starts a fresh history when a link is opened', () => {
    const state = decodeView(`?${encodeView({ ...shared, past: [INITIAL_STATE.doc] })}`);
    expect(state.past).toEqual([]);
    expect(state.future).toEqual([]);
  });
});
