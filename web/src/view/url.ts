/**
 * The view in the URL: everything needed to rebuild the same canvas, by stable entity ids, and
 * the language it was seen in. History is not shared; a decoded link starts a fresh history.
 * Decoding never fails: what it cannot read is left out and named (decodeLink's `problems`), so
 * that the app can say which part of a link was wrong instead of showing an empty canvas.
 * A bare link is the overview (view/overview.ts); an empty canvas is written `n=` so that it reads
 * back as empty.
 */
import type { RelationType } from '../api/generated';
import type { Lang } from '../i18n/strings';
import { isEntityKind, isRelationType } from '../vocabulary';
import { OVERVIEW_STATE } from './overview';
import {
  DEFAULT_EXPAND_LIMIT,
  DEFAULT_MAX_HOPS,
  MAX_TRACE_PATHS,
  TRACE_PAGE,
  INITIAL_STATE,
  LAYOUT_NAMES,
  parseGroupKey,
  PANEL_NAMES,
  type Expansion,
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

/** An open group's key (`owner~sub-type`), if it reads as one. */
function decodeGroupKey(value: string): string | undefined {
  const parsed = parseGroupKey(value);
  return parsed !== undefined && isEntityId(parsed.owner) && /^[\w-]+$/.test(parsed.type) ? value : undefined;
}

function encodeTrace(t: TraceSpec): string {
  return [t.from, t.to, String(t.maxHops), t.useYear ? '1' : '0', t.types.join(TYPES), String(t.paths)].join(PART);
}

function decodeTrace(value: string | null): TraceSpec | null {
  if (value === null) return null;
  const [from, to, maxHops, useYear, types, paths] = value.split(PART);
  if (from === undefined || to === undefined || !isEntityId(from) || !isEntityId(to)) return null;
  return {
    from,
    to,
    maxHops: positiveInt(maxHops, DEFAULT_MAX_HOPS),
    useYear: useYear === '1',
    types: relationTypes(types),
    paths: Math.min(positiveInt(paths, TRACE_PAGE), MAX_TRACE_PATHS),
  };
}

/**
 * Where the canvas placed its nodes and how it was zoomed and panned, for a link to show the same
 * picture. `coords` are x, y pairs in the order of the node ids sorted, rounded to whole pixels;
 * null when the layout recomputes the same picture by itself.
 */
export interface Placement {
  coords: number[] | null;
  viewport: { zoom: number; x: number; y: number } | null;
}

export const NO_PLACEMENT: Placement = { coords: null, viewport: null };
/** Zoom is kept to three decimals. */
const ZOOM_SCALE = 1000;
const NUMBERS = '.';

const base36 = (values: readonly number[]): string => values.map((v) => Math.round(v).toString(36)).join(NUMBERS);

function numbers(value: string | null): number[] | undefined {
  if (value === null || value === '') return undefined;
  const parsed = value.split(NUMBERS).map((part) => (/^-?[0-9a-z]+$/.test(part) ? parseInt(part, 36) : NaN));
  return parsed.every(Number.isFinite) ? parsed : undefined;
}

/** The x, y pairs of the nodes, in the order of their sorted ids. */
export const placementCoords = (positions: Readonly<Record<string, { x: number; y: number }>>): number[] =>
  Object.keys(positions)
    .sort()
    .flatMap((id) => [Math.round(positions[id]!.x), Math.round(positions[id]!.y)]);

/** The positions of these nodes from a link's coords; null unless the link placed exactly so many nodes. */
export function placedPositions(
  coords: readonly number[],
  ids: readonly string[],
): Record<string, { x: number; y: number }> | null {
  if (coords.length !== ids.length * 2) return null;
  return Object.fromEntries([...ids].sort().map((id, i) => [id, { x: coords[2 * i]!, y: coords[2 * i + 1]! }]));
}

export function encodeView(state: ViewState, lang: Lang | null = null, placement: Placement = NO_PLACEMENT): string {
  const params = new URLSearchParams();
  const { doc } = state;
  const put = (key: string, value: string | null) => {
    if (value !== null && value !== '') params.set(key, value);
  };
  put('n', doc.nodes.join(LIST));
  put('x', doc.expansions.map(encodeExpansion).join(LIST));
  put('rm', doc.removed.join(LIST));
  put('tr', doc.trace === null ? null : encodeTrace(doc.trace));
  put('tp', doc.trace === null || state.tracePath === null ? null : String(state.tracePath));
  put('g', doc.openGroups.join(LIST));
  put('f', state.focus);
  put('s', state.selected);
  put('y', state.year === null ? null : String(state.year));
  put('hu', state.hideUndated ? '1' : null);
  put('l', state.layout === INITIAL_STATE.layout ? null : state.layout);
  put('ht', state.hiddenTypes.join(LIST));
  put('hk', state.hiddenKinds.join(LIST));
  put('cmp', state.compare.join(LIST));
  put('p', state.panel === INITIAL_STATE.panel ? null : state.panel);
  const view = params.toString();
  if (view === '') return 'n=';
  // The overview as it first opens is the bare link.
  if (view === OVERVIEW_SEARCH && placement.coords === null && placement.viewport === null) return '';
  put('lang', lang);
  put('pos', placement.coords === null ? null : base36(placement.coords));
  const vp = placement.viewport;
  put('vp', vp === null ? null : base36([vp.zoom * ZOOM_SCALE, vp.x, vp.y]));
  return params.toString();
}

/** A part of a link that was left out: the parameter and the value it could not read. */
export interface LinkProblem {
  param: string;
  value: string;
}

export interface DecodedLink {
  state: ViewState;
  /** The language the link was shared in, if it says. */
  lang: Lang | null;
  placement: Placement;
  problems: LinkProblem[];
}

const KNOWN_PARAMS = new Set([
  'n',
  'x',
  'rm',
  'tr',
  'tp',
  'g',
  'f',
  's',
  'y',
  'l',
  'ht',
  'hk',
  'cmp',
  'p',
  'hu',
  'lang',
  'pos',
  'vp',
]);
const LANGS: readonly Lang[] = ['en', 'ja'];

export function decodeLink(search: string): DecodedLink {
  if (search.replace(/^\?/, '') === '')
    return { state: OVERVIEW_STATE, lang: null, placement: NO_PLACEMENT, problems: [] };
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const refuse = (param: string, value: string) => problems.push({ param, value });
  /** The items of a list parameter that pass `keep`; the others are named as problems. */
  const items = <T>(param: string, read: (item: string) => T | undefined): T[] =>
    list(params.get(param)).flatMap((item) => {
      const value = read(item);
      if (value === undefined) refuse(param, item);
      return value === undefined ? [] : [value];
    });
  const ids = (param: string) => items(param, (item) => (isEntityId(item) ? item : undefined));
  const oneOf = <T extends string>(param: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(param);
    if (value === null) return fallback;
    if (allowed.includes(value as T)) return value as T;
    refuse(param, value);
    return fallback;
  };
  const id = (key: string): string | null => {
    const value = params.get(key);
    return value !== null && value !== '' ? value : null;
  };

  const yearText = params.get('y');
  const year = Number(yearText);
  if (yearText !== null && !Number.isInteger(year)) refuse('y', yearText);
  const traceText = params.get('tr');
  const trace = decodeTrace(traceText);
  if (traceText !== null && trace === null) refuse('tr', traceText);
  // The chosen path: its place among the paths the trace shows, so only with a trace.
  const tracePathText = params.get('tp');
  const tracePath = Number(tracePathText);
  const tracePathValid =
    tracePathText !== null && Number.isInteger(tracePath) && tracePath >= 0 && tracePath < (trace?.paths ?? 0);
  if (tracePathText !== null && !tracePathValid) refuse('tp', tracePathText);
  for (const key of params.keys()) if (!KNOWN_PARAMS.has(key)) refuse(key, params.get(key) ?? '');
  const coords = numbers(params.get('pos'));
  if (params.has('pos') && (coords === undefined || coords.length % 2 !== 0)) refuse('pos', params.get('pos')!);
  const vp = numbers(params.get('vp'));
  if (params.has('vp') && (vp?.length !== 3 || vp[0]! <= 0)) refuse('vp', params.get('vp')!);
  const placement: Placement = {
    coords: coords !== undefined && coords.length % 2 === 0 ? coords : null,
    viewport: vp?.length === 3 && vp[0]! > 0 ? { zoom: vp[0]! / ZOOM_SCALE, x: vp[1]!, y: vp[2]! } : null,
  };

  const state: ViewState = {
    ...INITIAL_STATE,
    doc: {
      nodes: ids('n'),
      expansions: items('x', decodeExpansion),
      removed: ids('rm'),
      trace,
      openGroups: items('g', decodeGroupKey),
    },
    focus: id('f'),
    selected: id('s'),
    year: yearText !== null && Number.isInteger(year) ? year : null,
    hideUndated: params.get('hu') === '1',
    layout: oneOf('l', LAYOUT_NAMES, INITIAL_STATE.layout),
    hiddenTypes: items('ht', (item) => (isRelationType(item) ? item : undefined)),
    hiddenKinds: items('hk', (item) => (isEntityKind(item) ? item : undefined)),
    compare: ids('cmp'),
    panel: oneOf('p', PANEL_NAMES, INITIAL_STATE.panel),
    tracePath: tracePathValid ? tracePath : null,
  };
  const lang = params.has('lang') ? oneOf<Lang | 'none'>('lang', LANGS, 'none') : 'none';
  return { state, lang: lang === 'none' ? null : lang, placement, problems };
}

export const decodeView = (search: string): ViewState => decodeLink(search).state;
