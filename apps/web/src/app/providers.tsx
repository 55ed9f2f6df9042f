import type { ReactNode } from 'react';
import { AuthProvider } from '../lib/auth/auth-provider.tsx';

/** Everything the pages read from context; the router renders inside. */
export function AppProviders({ children }: { children: ReactNode }) {
  return <AuthProvider>{children}</AuthProvider>;
}
