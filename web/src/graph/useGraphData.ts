/**
 * Fetches the slices the view document needs and keeps them in a cache; the canvas is derived
 * from the cache by deriveVisibleGraph. Requests already under way are not repeated. After a
 * failure nothing more is asked for that document until `retry`; a changed document (the user
 * moved on) asks again, so a request refused for good does not leave the canvas stuck.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '../api/client';
import { asApiError, type ApiError } from '../api/errors';
import type { GraphDoc } from '../view/state';
import { EMPTY_CACHE, nodeSliceKey, withSlice, withTrace, type GraphCache } from './model';
import { sliceRequests } from './requests';

export interface GraphData {
  cache: GraphCache;
  loading: boolean;
  error: ApiError | undefined;
  retry: () => void;
}

export function useGraphData(doc: GraphDoc, year: number | null): GraphData {
  const [cache, setCache] = useState<GraphCache>(EMPTY_CACHE);
  const [failure, setFailure] = useState<{ error: ApiError; doc: GraphDoc; year: number | null } | undefined>();
  const error = failure !== undefined && failure.doc === doc && failure.year === year ? failure.error : undefined;
  const [inFlight, setInFlight] = useState(0);
  const started = useRef(new Set<string>());
  /** The document on screen when an answer arrives (a failure belongs to it, not to the one that asked). */
  const latest = useRef({ doc, year });
  latest.current = { doc, year };

  useEffect(() => {
    if (error !== undefined) return;
    const requests = sliceRequests(doc, cache, year);
    const track = <T>(key: string, run: () => Promise<T>, merge: (answer: T) => (c: GraphCache) => GraphCache) => {
      if (started.current.has(key)) return;
      started.current.add(key);
      setInFlight((n) => n + 1);
      run()
        .then((answer) => setCache(merge(answer)))
        .catch((problem: unknown) => setFailure({ error: asApiError(problem), ...latest.current }))
        .finally(() => {
          started.current.delete(key);
          setInFlight((n) => n - 1);
        });
    };

    if (requests.nodes !== null) {
      const { ids } = requests.nodes.variables;
      track(
        requests.nodes.key,
        () => request('EntitiesWithRelations', { ids }),
        (answer) => (current) => {
          let next = current;
          const found = new Set<string>();
          for (const { relations, ...entity } of answer.entities) {
            found.add(entity.id);
            const edges = relations.edges.map((edge) => edge.node);
            next = withSlice(next, nodeSliceKey(entity.id), [entity], edges, false);
          }
          // Unknown ids get an empty slice so they are not asked for again.
          ids.filter((id) => !found.has(id)).forEach((id) => (next = withSlice(next, nodeSliceKey(id), [], [], false)));
          return next;
        },
      );
    }
    for (const { key, variables } of requests.expansions)
      track(
        key,
        () => request('Neighborhood', variables),
        ({ neighborhood }) =>
          (current) =>
            withSlice(current, key, neighborhood.nodes, neighborhood.edges, neighborhood.truncated),
      );
    if (requests.trace !== null) {
      const { key, variables } = requests.trace;
      track(
        key,
        () => request('Trace', variables),
        ({ trace }) =>
          (current) =>
            withTrace(current, key, trace),
      );
    }
  }, [doc, cache, year, error]);

  const retry = useCallback(() => setFailure(undefined), []);
  return { cache, loading: inFlight > 0, error, retry };
}
