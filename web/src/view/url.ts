/**
 * The view in the URL: everything needed to rebuild the same canvas, by stable entity ids.
 * History is not shared; a decoded link starts a fresh history. A bare link is the overview
 * (view/overview.ts); an empty canvas is written `n=` so that it reads back as empty.
 */
import type { EntityKind, RelationType } from '../api/generated';
import { isEntityKind, isRelationType } from '../vocabulary';
import { OVERVIEW_STATE } from './overview';
import {
  DEFAULT_EXPAND_LIMIT,
  DEFAULT_MAX_HOPS,
  INITIAL_STATE,
  LAYOUT_NAMES,
  PANEL_NAMES,
  type Expansion,
  type LayoutName,
  type PanelName,
  type TraceSpec,
  type ViewState,
} from './state';

const LIST = ',';
const PART = '~';
const TYPES = '.';

/** The overview as first opened, had it been written out like any other view. */
const OVERVIEW_SEARCH = new URLSearchParams({ n: OVERVIEW_STATE.doc.nodes.join(LIST) }).toString();

const ID_PATTERN = /^[a-z]+:[\w.-]+$/i;
const isEntityId = (value: string): boolean => ID_PATTERN.test(value);

function list(value: string | null): string[] {
  return value === null || value === '' ? [] : value.split(LIST).filter((item) => item !== '');
}

function relationTypes(value: string | undefined): RelationType[] {
  return (value ?? '').split(TYPES).filter(isRelationType);
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function encodeExpansion(e: Expansion): string {
  return [e.id, e.types.join(TYPES), String(e.limit)].join(PART);
}

function decodeExpansion(value: string): Expansion | undefined {
  const [id, types, limit] = value.split(PART);
  if (id === undefined || !isEntityId(id)) return undefined;
  return { id, types: relationTypes(types), limit: positiveInt(limit, DEFAULT_EXPAND_LIMIT) };
}

function encodeTrace(t: TraceSpec): string {
  return [t.from, t.to, String(t.maxHops), t.useYear ? '1' : '0', t.types.join(TYPES)].join(PART);
}

function decodeTrace(value: string | null): TraceSpec | null {
  if (value === null) return null;
  const [from, to, maxHops, useYear, types] = value.split(PART);
  if (from === undefined || to === undefined || !isEntityId(from) || !isEntityId(to)) return null;
  return {
    from,
    to,
    maxHops: positiveInt(maxHops, DEFAULT_MAX_HOPS),
    useYear: useYear === '1',
    types: relationTypes(types),
  };
}

export function encodeView(state: ViewState): string {
  const params = new URLSearchParams();
  const { doc } = state;
  const put = (key: string, value: string | null) => {
    if (value !== null && value !== '') params.set(key, value);
  };
  put('n', doc.nodes.join(LIST));
  put('x', doc.expansions.map(encodeExpansion).join(LIST));
  put('rm', doc.removed.join(LIST));
  put('tr', doc.trace === null ? null : encodeTrace(doc.trace));
  put('f', state.focus);
  put('s', state.selected);
  put('y', state.year === null ? null : String(state.year));
  put('hu', state.hideUndated ? '1' : null);
  put('l', state.layout === INITIAL_STATE.layout ? null : state.layout);
  put('ht', state.hiddenTypes.join(LIST));
  put('hk', state.hiddenKinds.join(LIST));
  put('cmp', state.compare.join(LIST));
  put('p', state.panel === INITIAL_STATE.panel ? null : state.panel);
  const search = params.toString();
  if (search === '') return 'n=';
  return search === OVERVIEW_SEARCH ? '' : search;
}

export function decodeView(search: string): ViewState {
  if (search.replace(/^\?/, '') === '') return OVERVIEW_STATE;
  const params = new URLSearchParams(search);
  const year = Number(params.get('y'));
  const layout = params.get('l');
  const panel = params.get('p');
  const id = (key: string): string | null => {
    const value = params.get(key);
    return value !== null && value !== '' ? value : null;
  };
  return {
    ...INITIAL_STATE,
    doc: {
      nodes: list(params.get('n')).filter(isEntityId),
      expansions: list(params.get('x'))
        .map(decodeExpansion)
        .filter((e): e is Expansion => e !== undefined),
      removed: list(params.get('rm')).filter(isEntityId),
      trace: decodeTrace(params.get('tr')),
    },
    focus: id('f'),
    selected: id('s'),
    year: params.has('y') && Number.isInteger(year) ? year : null,
    hideUndated: params.get('hu') === '1',
    layout: LAYOUT_NAMES.includes(layout as LayoutName) ? (layout as LayoutName) : INITIAL_STATE.layout,
    hiddenTypes: list(params.get('ht')).filter(isRelationType),
    hiddenKinds: list(params.get('hk')).filter((k): k is EntityKind => isEntityKind(k)),
    compare: list(params.get('cmp')).filter(isEntityId),
    panel: PANEL_NAMES.includes(panel as PanelName) ? (panel as PanelName) : INITIAL_STATE.panel,
  };
}
