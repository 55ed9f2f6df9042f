import type { Role } from '@capnum/contracts';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../../components/ui/loading-state.tsx';
import { text } from '../i18n/index.ts';
import { paths, roleHomePath } from '../paths.ts';
import { type LoginPageState, useAuth } from './auth-context.ts';

/** Layout route that lets through only the given roles; others go to login or to their own home. */
export function RequireRole({ allow }: { allow: readonly Role[] }) {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'restoring') return <LoadingState message={text.app.restoringSession} />;
  if (auth.status === 'signed-out') {
    const state: LoginPageState = {
      from: `${location.pathname}${location.search}`,
      ...(auth.endedBecause && { reason: auth.endedBecause }),
    };
    return <Navigate to={paths.login} replace state={state} />;
  }
  if (!allow.includes(auth.user.role))
    return <Navigate to={roleHomePath[auth.user.role]} replace />;
  return <Outlet />;
}
