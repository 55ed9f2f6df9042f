import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Loaded on demand, so artisans never download the staff area.
const StaffHomePage = lazy(async () => ({
  default: (await import('./staff-home-page.tsx')).StaffHomePage,
}));

/** Mounted behind the staff guard in `src/app/router.tsx`. */
export const staffHomeRoutes: RouteObject[] = [
  { path: paths.staffHome, element: <StaffHomePage /> },
];
