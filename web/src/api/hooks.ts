import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { request, type OperationName, type Operations } from './client';
import { asApiError, type ApiError } from './errors';

/**
 * Counts the writes this page made (sign-in and -out included): every mounted query asks again
 * after one, since what it shows, or who may see it, may have changed.
 */
let writeCount = 0;
const writeListeners = new Set<() => void>();
const subscribeWrites = (listener: () => void) => {
  writeListeners.add(listener);
  return () => {
    writeListeners.delete(listener);
  };
};

/** Sends a mutation; once it succeeded, the mounted queries ask again. */
export async function mutate<K extends OperationName>(
  operationName: K,
  variables: Operations[K]['variables'],
): Promise<Operations[K]['data']> {
  const data = await request(operationName, variables);
  writeCount += 1;
  writeListeners.forEach((listener) => listener());
  return data;
}

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
  const writes = useSyncExternalStore(subscribeWrites, () => writeCount);
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
  }, [operationName, key, skip, attempt, writes]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, retry };
}
