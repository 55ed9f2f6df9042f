import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Loaded on demand, so artisans never download the advisor area.
const AdvisorHomePage = lazy(async () => ({
  default: (await import('./advisor-home-page.tsx')).AdvisorHomePage,
}));

/** Mounted behind the advisor guard in `src/app/router.tsx`. */
export const advisorHomeRoutes: RouteObject[] = [
  { path: paths.advisorHome, element: <AdvisorHomePage /> },
];
