/**
 * The hub and size guard: how many entities an expansion would add, whether to ask first, and
 * what the canvas can still take. Counted from what the canvas already knows (each node's
 * relations not yet shown), so the question comes at once, before anything is fetched.
 */
import { DEFAULT_EXPAND_LIMIT, type ViewAction } from '../view/state';
import type { VisibleGraph } from './model';

/** Expansions adding more entities than this ask first (the default expansion of 25 never does). */
export const ASK_ABOVE = 30;
/** Most entities the canvas takes from expanding; beyond it the user is told why nothing came. */
export const CANVAS_CAP = 1000;

export type ExpandAction = Extract<ViewAction, { type: 'expand' } | { type: 'showMore' }>;

/** A smaller expansion to offer instead, and how many entities it adds. */
export interface Fewer {
  action: ExpandAction;
  count: number;
}

export type GuardVerdict =
  { kind: 'go' } | { kind: 'ask'; count: number; fewer: Fewer } | { kind: 'full'; count: number; fewer: Fewer | null };

/** At most how many entities the action would put on the canvas: its limit, or fewer if the node has fewer relations off the canvas. */
export function expansionGrowth(action: ExpandAction, graph: VisibleGraph): number {
  const wanted =
    action.type === 'expand' ? (action.limit ?? DEFAULT_EXPAND_LIMIT) : (action.step ?? DEFAULT_EXPAND_LIMIT);
  return Math.max(0, Math.min(wanted, graph.hiddenRelations.get(action.id) ?? wanted));
}

/** The same expansion, cut down to add about `count` entities to those already shown around the node. */
function limitedTo(action: ExpandAction, count: number, graph: VisibleGraph): Fewer {
  if (action.type === 'showMore') return { action: { ...action, step: count }, count };
  const entity = graph.nodes.find((n) => n.id === action.id);
  const shown = entity === undefined ? 0 : entity.degree - (graph.hiddenRelations.get(action.id) ?? entity.degree);
  return { action: { ...action, limit: shown + count }, count };
}

export function guardExpansion(action: ExpandAction, graph: VisibleGraph): GuardVerdict {
  const count = expansionGrowth(action, graph);
  const room = CANVAS_CAP - graph.nodes.length;
  if (count > room) return { kind: 'full', count, fewer: room > 0 ? limitedTo(action, room, graph) : null };
  if (count > ASK_ABOVE) return { kind: 'ask', count, fewer: limitedTo(action, DEFAULT_EXPAND_LIMIT, graph) };
  return { kind: 'go' };
}
