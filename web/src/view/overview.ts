/**
 * The first view a bare link opens: the frameworks the atlas is about and their members, so the
 * reader sees the network before searching. The one list of them; a shared link opens its own view.
 */
import { EMPTY_DOC, INITIAL_STATE, type GraphDoc, type ViewState } from './state';

const FRAMEWORKS = [
  'actor:nato',
  'framework:ip4',
  'framework:ipcp-japan',
  'framework:itpp-japan',
  'framework:isa-japan-nato',
  'framework:quad',
  'framework:seato',
  'framework:asean',
];

/** Members of the Quad, the IP4, SEATO and ASEAN (NATO's own 32 would crowd the picture out). */
const MEMBERS = [
  'actor:japan',
  'actor:united-states',
  'actor:australia',
  'actor:india',
  'actor:new-zealand',
  'actor:south-korea',
  'actor:united-kingdom',
  'actor:france',
  'actor:pakistan',
  'actor:philippines',
  'actor:thailand',
  'actor:indonesia',
  'actor:malaysia',
  'actor:singapore',
  'actor:brunei',
  'actor:vietnam',
  'actor:laos',
  'actor:myanmar',
  'actor:cambodia',
];

export const OVERVIEW_IDS: readonly string[] = [...FRAMEWORKS, ...MEMBERS];

export const OVERVIEW_DOC: GraphDoc = { ...EMPTY_DOC, nodes: [...OVERVIEW_IDS] };

export const OVERVIEW_STATE: ViewState = { ...INITIAL_STATE, doc: OVERVIEW_DOC };

/** Whether the canvas shows the overview as first opened (nothing added, expanded or removed). */
export const isOverviewDoc = (doc: GraphDoc): boolean =>
  doc.expansions.length === 0 &&
  doc.removed.length === 0 &&
  doc.trace === null &&
  doc.nodes.length === OVERVIEW_IDS.length &&
  doc.nodes.every((id, i) => id === OVERVIEW_IDS[i]);
