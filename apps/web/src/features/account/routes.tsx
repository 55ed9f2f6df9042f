import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

const AccountPage = lazy(async () => ({
  default: (await import('./account-page.tsx')).AccountPage,
}));
const MyDataPage = lazy(async () => ({
  default: (await import('./my-data-page.tsx')).MyDataPage,
}));
const AccountErasedPage = lazy(async () => ({
  default: (await import('./account-erased-page.tsx')).AccountErasedPage,
}));

/** Mounted behind the artisan guard in `src/app/router.tsx`. */
export const accountRoutes: RouteObject[] = [
  { path: paths.account, element: <AccountPage /> },
  { path: paths.myData, element: <MyDataPage /> },
];

/** Public: where an erased account lands, signed out. */
export const accountPublicRoutes: RouteObject[] = [
  { path: paths.accountErased, element: <AccountErasedPage /> },
];
