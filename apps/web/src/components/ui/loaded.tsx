import type { ReactNode } from 'react';
import type { ApiData } from '../../lib/use-api-data.ts';
import { Alert } from './alert.tsx';
import { Button } from './button.tsx';
import { LoadingState } from './loading-state.tsx';

interface LoadedProps<Data> {
  state: ApiData<Data>;
  reload: () => void;
  /** Said while waiting: "Chargement des étapes…". */
  loading: string;
  /** The words of the button that loads again after a failure. */
  retry: string;
  children: (data: Data) => ReactNode;
}

/**
 * The page's data once loaded; until then a wait, or the failure, with a way to try again
 * when trying again can help.
 */
export function Loaded<Data>({ state, reload, loading, retry, children }: LoadedProps<Data>) {
  if (state.status === 'loading') return <LoadingState message={loading} />;
  if (state.status === 'failed') {
    return (
      <>
        <Alert tone="error">{state.message}</Alert>
        {state.retryable && (
          <Button variant="secondary" onClick={reload}>
            {retry}
          </Button>
        )}
      </>
    );
  }
  return <>{children(state.data)}</>;
}
