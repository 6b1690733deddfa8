import { useCallback, useEffect, useState } from 'react';
import { request, type OperationName, type Operations } from './client';
import { asApiError, type ApiError } from './errors';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  retry: () => void;
}

/**
 * Runs one operation whenever its variables change (compared by value); `skip` leaves it idle.
 * The previous answer stays visible while the next one loads, so panels do not flicker.
 */
export function useQuery<K extends OperationName>(
  operationName: K,
  variables: Operations[K]['variables'],
  skip = false,
): QueryState<Operations[K]['data']> {
  const key = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ data?: Operations[K]['data']; error?: ApiError; loading: boolean }>({
    loading: !skip,
  });

  useEffect(() => {
    if (skip) {
      setState({ loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    request(operationName, JSON.parse(key) as Operations[K]['variables'], controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error: asApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [operationName, key, skip, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, retry };
}
