/**
 * The view state and its pure transitions. `doc` is what the canvas is built from and what undo
 * and redo step through; the rest (selection, year, layout, filters, panel) is how it is looked at.
 */
import type { EntityKind, RelationType } from '../api/generated';

export type LayoutName = 'fcose' | 'concentric' | 'timeline';
export const LAYOUT_NAMES: readonly LayoutName[] = ['fcose', 'concentric', 'timeline'];

export type PanelName = 'details' | 'trace' | 'compare' | 'table' | 'console';
export const PANEL_NAMES: readonly PanelName[] = ['details', 'trace', 'compare', 'table', 'console'];

export const DEFAULT_EXPAND_LIMIT = 25;
export const DEFAULT_MAX_HOPS = 4;
/** An expansion that adds more than this many entities of one sub-type draws them as one group node. */
export const GROUP_ABOVE = 12;
/** Paths a trace shows at first, how many more each "More paths" adds, and the most the API ranks. */
export const TRACE_PAGE = 5;
export const MAX_TRACE_PATHS = 30;
const HISTORY_DEPTH = 100;

/** The neighbours of `id` over `types` (empty: every type), at most `limit` of them. */
export interface Expansion {
  id: string;
  types: RelationType[];
  limit: number;
}

export interface TraceSpec {
  from: string;
  to: string;
  types: RelationType[];
  maxHops: number;
  /** Whether the "as of" year constrains the search. */
  useYear: boolean;
  /** How many of the ranked paths are shown: TRACE_PAGE, then a page more at each "More paths". */
  paths: number;
}

export interface GraphDoc {
  /** Entities placed on the canvas directly (search, console, trace ends). */
  nodes: string[];
  expansions: Expansion[];
  /** Entities the user took off the canvas; they stay off until chosen again. */
  removed: string[];
  trace: TraceSpec | null;
  /** Groups the user opened into their members (groupKey), drawn as single nodes otherwise. */
  openGroups: string[];
}

/**
 * The key of the group of `type` entities that expanding `owner` added: `owner~type`. Entity ids
 * never hold a `~`, so the key reads back unambiguously (parseGroupKey).
 */
export const groupKey = (owner: string, type: string): string => `${owner}~${type}`;

export function parseGroupKey(key: string): { owner: string; type: string } | undefined {
  const at = key.lastIndexOf('~');
  if (at <= 0 || at === key.length - 1) return undefined;
  return { owner: key.slice(0, at), type: key.slice(at + 1) };
}

export interface ViewState {
  doc: GraphDoc;
  past: GraphDoc[];
  future: GraphDoc[];
  focus: string | null;
  selected: string | null;
  year: number | null;
  /** In as-of mode, hide what has no date at all (otherwise it is shown faded). */
  hideUndated: boolean;
  layout: LayoutName;
  hiddenTypes: RelationType[];
  hiddenKinds: EntityKind[];
  compare: string[];
  panel: PanelName;
  /** The trace's path the user chose (its place in the ranking), highlighted on the canvas; null: all. */
  tracePath: number | null;
}

/**
 * The year a trace is asked for: the view's year when the trace follows the time slider, else
 * none. The one place that decides it; the trace's cache key, its request and its label ask here.
 */
export const traceAsOf = (trace: TraceSpec | null, year: number | null): number | null =>
  trace?.useYear === true ? year : null;

export const EMPTY_DOC: GraphDoc = { nodes: [], expansions: [], removed: [], trace: null, openGroups: [] };

export const INITIAL_STATE: ViewState = {
  doc: EMPTY_DOC,
  past: [],
  future: [],
  focus: null,
  selected: null,
  year: null,
  hideUndated: false,
  layout: 'fcose',
  hiddenTypes: [],
  hiddenKinds: [],
  compare: [],
  panel: 'details',
  tracePath: null,
};

export type ViewAction =
  | { type: 'focusEntity'; id: string }
  | { type: 'expand'; id: string; types?: RelationType[]; limit?: number }
  | { type: 'showMore'; id: string; step?: number }
  | { type: 'collapse'; id: string }
  /** Draw a group's members instead of its group node, or group them again. */
  | { type: 'openGroup'; key: string }
  | { type: 'closeGroup'; key: string }
  | { type: 'remove'; id: string }
  | { type: 'addEntities'; ids: string[] }
  | { type: 'setTrace'; trace: TraceSpec }
  | { type: 'clearTrace' }
  | { type: 'clear' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** `stay`: keep the open panel (choosing from the List must not take the List away, nor the focus with it). */
  | { type: 'select'; id: string | null; stay?: boolean }
  | { type: 'setYear'; year: number | null }
  | { type: 'setHideUndated'; hide: boolean }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'toggleRelationType'; relationType: RelationType }
  | { type: 'toggleKind'; kind: EntityKind }
  | { type: 'setCompare'; ids: string[] }
  | { type: 'setPanel'; panel: PanelName }
  | { type: 'chooseTracePath'; index: number | null }
  | { type: 'replace'; state: ViewState };

const sameTypes = (a: readonly RelationType[], b: readonly RelationType[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

const withItem = (list: readonly string[], id: string): string[] => (list.includes(id) ? [...list] : [...list, id]);
const withoutItem = (list: readonly string[], id: string): string[] => list.filter((item) => item !== id);
const toggled = <T>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

/** Open groups, less those of an expansion that is gone (expanding it again groups afresh). */
const withoutGroupsOf = (keys: readonly string[], owner: string): string[] =>
  keys.filter((key) => parseGroupKey(key)?.owner !== owner);

function addExpansion(doc: GraphDoc, expansion: Expansion): GraphDoc {
  const others = doc.expansions.filter((e) => !(e.id === expansion.id && sameTypes(e.types, expansion.types)));
  return { ...doc, expansions: [...others, expansion], removed: withoutItem(doc.removed, expansion.id) };
}

/** The new document after an action, or undefined when the action does not touch the document. */
function nextDoc(doc: GraphDoc, action: ViewAction): GraphDoc | undefined {
  switch (action.type) {
    case 'focusEntity': {
      const withNode = { ...doc, nodes: withItem(doc.nodes, action.id) };
      const alreadyExpanded = doc.expansions.some((e) => e.id === action.id);
      return alreadyExpanded
        ? { ...withNode, removed: withoutItem(doc.removed, action.id) }
        : addExpansion(withNode, { id: action.id, types: [], limit: DEFAULT_EXPAND_LIMIT });
    }
    case 'expand':
      return addExpansion(doc, {
        id: action.id,
        types: [...new Set(action.types ?? [])],
        limit: action.limit ?? DEFAULT_EXPAND_LIMIT,
      });
    case 'showMore': {
      const step = action.step ?? DEFAULT_EXPAND_LIMIT;
      const mine = doc.expansions.filter((e) => e.id === action.id);
      if (mine.length === 0) return addExpansion(doc, { id: action.id, types: [], limit: step });
      return {
        ...doc,
        expansions: doc.expansions.map((e) => (e.id === action.id ? { ...e, limit: e.limit + step } : e)),
      };
    }
    case 'collapse':
      return {
        ...doc,
        expansions: doc.expansions.filter((e) => e.id !== action.id),
        openGroups: withoutGroupsOf(doc.openGroups, action.id),
      };
    case 'openGroup':
      return doc.openGroups.includes(action.key) ? undefined : { ...doc, openGroups: [...doc.openGroups, action.key] };
    case 'closeGroup':
      return doc.openGroups.includes(action.key)
        ? { ...doc, openGroups: withoutItem(doc.openGroups, action.key) }
        : undefined;
    case 'remove':
      return {
        ...doc,
        nodes: withoutItem(doc.nodes, action.id),
        expansions: doc.expansions.filter((e) => e.id !== action.id),
        removed: withItem(doc.removed, action.id),
        openGroups: withoutGroupsOf(doc.openGroups, action.id),
      };
    case 'addEntities': {
      const ids = [...new Set(action.ids)];
      return {
        ...doc,
        nodes: ids.reduce(withItem, doc.nodes),
        removed: doc.removed.filter((id) => !ids.includes(id)),
      };
    }
    case 'setTrace':
      return {
        ...doc,
        trace: { ...action.trace, types: [...new Set(action.trace.types)] },
        removed: doc.removed.filter((id) => id !== action.trace.from && id !== action.trace.to),
      };
    case 'clearTrace':
      return doc.trace === null ? undefined : { ...doc, trace: null };
    case 'clear':
      return EMPTY_DOC;
    default:
      return undefined;
  }
}

/**
 * The same search for paths, perhaps with more of them shown: the ranking is the same, so a path
 * chosen in one is the same path in the other.
 */
const sameSearch = (a: TraceSpec | null, b: TraceSpec | null): boolean =>
  a !== null &&
  b !== null &&
  a.from === b.from &&
  a.to === b.to &&
  a.maxHops === b.maxHops &&
  a.useYear === b.useYear &&
  sameTypes(a.types, b.types);

/** The state with the document replaced; the chosen path stays only if the trace's ranking does. */
const withDoc = (state: ViewState, doc: GraphDoc): ViewState => ({
  ...state,
  doc,
  tracePath: sameSearch(state.doc.trace, doc.trace) ? state.tracePath : null,
});

function recordDoc(state: ViewState, doc: GraphDoc): ViewState {
  if (doc === state.doc) return state;
  return { ...withDoc(state, doc), past: [...state.past, state.doc].slice(-HISTORY_DEPTH), future: [] };
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'undo': {
      const previous = state.past.at(-1);
      if (previous === undefined) return state;
      return { ...withDoc(state, previous), past: state.past.slice(0, -1), future: [state.doc, ...state.future] };
    }
    case 'redo': {
      const next = state.future[0];
      if (next === undefined) return state;
      return { ...withDoc(state, next), past: [...state.past, state.doc], future: state.future.slice(1) };
    }
    case 'select':
      return {
        ...state,
        selected: action.id,
        panel: action.id === null || action.stay === true ? state.panel : 'details',
      };
    case 'setYear':
      return { ...state, year: action.year };
    case 'setHideUndated':
      return { ...state, hideUndated: action.hide };
    case 'setLayout':
      return { ...state, layout: action.layout };
    case 'toggleRelationType':
      return { ...state, hiddenTypes: toggled(state.hiddenTypes, action.relationType) };
    case 'toggleKind':
      return { ...state, hiddenKinds: toggled(state.hiddenKinds, action.kind) };
    case 'setCompare':
      return { ...state, compare: [...new Set(action.ids)] };
    case 'setPanel':
      return { ...state, panel: action.panel };
    case 'chooseTracePath':
      return { ...state, tracePath: state.doc.trace === null ? null : action.index };
    case 'replace':
      return action.state;
    default: {
      const doc = nextDoc(state.doc, action);
      if (doc === undefined) return state;
      const recorded = recordDoc(state, doc);
      switch (action.type) {
        case 'focusEntity':
          return { ...recorded, focus: action.id, selected: action.id, panel: 'details' };
        case 'remove':
          return {
            ...recorded,
            focus: state.focus === action.id ? null : state.focus,
            selected: state.selected === action.id ? null : state.selected,
          };
        // The group node chosen is gone once opened: its owner stays selected instead.
        case 'openGroup':
          return state.selected === groupNodeId(action.key)
            ? { ...recorded, selected: parseGroupKey(action.key)?.owner ?? null }
            : recorded;
        case 'clear':
          return { ...recorded, focus: null, selected: null };
        default:
          return recorded;
      }
    }
  }
}

/** The id of a group's node on the canvas; no entity id starts so. */
export const groupNodeId = (key: string): string => `group:${key}`;
export const groupKeyOfNode = (id: string): string | undefined =>
  id.startsWith('group:') ? id.slice('group:'.length) : undefined;

/** Nothing placed, expanded or traced: the canvas is empty. */
export const isEmptyDoc = (doc: GraphDoc): boolean =>
  doc.nodes.length === 0 && doc.expansions.length === 0 && doc.trace === null;

export const canUndo = (state: ViewState): boolean => state.past.length > 0;
export const canRedo = (state: ViewState): boolean => state.future.length > 0;
