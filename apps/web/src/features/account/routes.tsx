import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

const AccountPage = lazy(async () => ({
  default: (await import('./account-page.tsx')).AccountPage,
}));

/** Mounted behind the artisan guard in `src/app/router.tsx`. */
export const accountRoutes: RouteObject[] = [{ path: paths.account, element: <AccountPage /> }];
