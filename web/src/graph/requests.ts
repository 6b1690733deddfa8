/**
 * The API requests that fetch what a view document is missing. The app sends them whenever the
 * document changes (useGraphData); prefetch.ts sends the same ones for the page's URL before the
 * app has started, so both must come from here.
 */
import type {
  EntitiesWithRelationsQueryVariables,
  NeighborhoodQueryVariables,
  TraceQueryVariables,
} from '../api/generated';
import { traceAsOf, type GraphDoc } from '../view/state';
import { expansionKey, missingRequests, traceKey, type GraphCache } from './model';

export interface SliceRequests {
  nodes: { key: string; variables: EntitiesWithRelationsQueryVariables & { ids: string[] } } | null;
  expansions: { key: string; variables: NeighborhoodQueryVariables }[];
  trace: { key: string; variables: TraceQueryVariables } | null;
}

export function sliceRequests(doc: GraphDoc, cache: GraphCache, year: number | null): SliceRequests {
  const missing = missingRequests(doc, cache, year);
  const trace = missing.trace;
  return {
    nodes:
      missing.nodeIds.length > 0
        ? { key: `nodes:${missing.nodeIds.join(',')}`, variables: { ids: missing.nodeIds } }
        : null,
    expansions: missing.expansions.map((expansion) => ({
      key: expansionKey(expansion),
      variables: {
        ids: [expansion.id],
        relationTypes: expansion.types.length > 0 ? expansion.types : null,
        limit: expansion.limit,
      },
    })),
    trace:
      trace === null
        ? null
        : {
            key: traceKey(trace, year),
            variables: {
              from: trace.from,
              to: trace.to,
              maxHops: trace.maxHops,
              relationTypes: trace.types.length > 0 ? trace.types : null,
              asOf: traceAsOf(trace, year),
              first: trace.paths,
            },
          },
  };
}
