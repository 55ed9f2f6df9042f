import type { ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { staffText } from '../../../lib/i18n/staff.ts';
import type { ApiData } from '../../../lib/use-api-data.ts';

interface LoadedProps<Data> {
  state: ApiData<Data>;
  reload: () => void;
  loadingMessage: string;
  children: (data: Data) => ReactNode;
}

/** The page's data once loaded; until then a wait, or the failure with a way to try again. */
export function Loaded<Data>({ state, reload, loadingMessage, children }: LoadedProps<Data>) {
  if (state.status === 'loading') return <LoadingState message={loadingMessage} />;
  if (state.status === 'failed') {
    return (
      <>
        <Alert tone="error">{state.message}</Alert>
        <Button variant="secondary" onClick={reload}>
          {staffText.retry}
        </Button>
      </>
    );
  }
  return <>{children(state.data)}</>;
}
