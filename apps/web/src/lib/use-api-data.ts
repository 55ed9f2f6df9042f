import { useCallback, useEffect, useState } from 'react';
import { ApiRequestError } from './api-client.ts';
import { text } from './i18n/index.ts';

export type ApiData<Data> =
  | { status: 'loading' }
  /** `retryable`: false when trying again cannot help (not found, refused, bad address). */
  | { status: 'failed'; message: string; retryable: boolean }
  | { status: 'loaded'; data: Data };

/** Whether loading again could succeed: not after a 400, 403 or 404, which would say the same. */
export function isRetryable(failure: unknown): boolean {
  return !(failure instanceof ApiRequestError && [400, 403, 404].includes(failure.statusCode));
}

/** The French sentence to show for any failure: the API's own message when there is one. */
export function errorMessage(failure: unknown): string {
  return failure instanceof ApiRequestError ? failure.message : text.errors.unexpected;
}

/**
 * Loads what a page shows from the API, and loads it again on `reload()`.
 * `load` receives an AbortSignal: an answer that comes after the page has
 * moved on (or after a newer load) is dropped. Pass a stable `load`
 * (`useCallback`), since a new function means new data.
 */
export function useApiData<Data>(load: (signal: AbortSignal) => Promise<Data>) {
  const [state, setState] = useState<ApiData<Data>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` asks for a new load.
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'loaded', data });
      },
      (failure: unknown) => {
        if (!controller.signal.aborted)
          setState({
            status: 'failed',
            message: errorMessage(failure),
            retryable: isRetryable(failure),
          });
      },
    );
    return () => controller.abort();
  }, [load, generation]);

  /** Loads again, keeping the current data on screen until the new answer arrives. */
  const reload = useCallback(() => setGeneration((count) => count + 1), []);
  return { state, reload, setState };
}
