import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Lazy, so the questionnaire route (the 100 KB budget) does not carry the home page.
const ArtisanHomePage = lazy(async () => ({
  default: (await import('./artisan-home-page.tsx')).ArtisanHomePage,
}));

/** Mounted behind the artisan guard in `src/app/router.tsx`. */
export const artisanHomeRoutes: RouteObject[] = [
  { path: paths.artisanHome, element: <ArtisanHomePage /> },
];
