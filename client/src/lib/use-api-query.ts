import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbortError } from './api-error';
import { reportUnauthorized } from './api-key-store';
import { useAccess } from './use-access';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  /** True while a request is in flight; `data` keeps the previous result meanwhile. */
  isLoading: boolean;
  /** `data` answers an earlier key (kept while the current one loads): it is not yet what was asked for. */
  stale: boolean;
  refetch: () => void;
}

/**
 * Runs `fetcher` whenever `key` (or the API key) changes, aborting the previous request.
 * A 401 raises the Access prompt; the query reruns by itself once a key is saved.
 */
export function useApiQuery<T>(key: string | null, fetcher: (signal: AbortSignal) => Promise<T>): QueryState<T> {
  const { apiKey } = useAccess();
  const [result, setResult] = useState<{ key: string; value: T }>();
  const [error, setError] = useState<unknown>();
  const [isLoading, setLoading] = useState(key !== null);
  const [attempt, setAttempt] = useState(0);
  const refetch = useCallback(() => setAttempt((value) => value + 1), []);

  useEffect(() => {
    if (key === null) return undefined;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    fetcher(controller.signal).then(
      (value) => {
        setResult({ key, value });
        setLoading(false);
      },
      (failure: unknown) => {
        if (isAbortError(failure)) return;
        if (failure instanceof ApiError && failure.isUnauthorized) reportUnauthorized();
        setError(failure);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the fetcher is recreated on every render on purpose; `key` names what it fetches
  }, [key, apiKey, attempt]);

  return { data: result?.value, error, isLoading, stale: result !== undefined && result.key !== key, refetch };
}
