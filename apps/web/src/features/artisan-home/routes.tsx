import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { ArtisanHomePage } from './artisan-home-page.tsx';

/** Mounted behind the artisan guard in `src/app/router.tsx`. */
export const artisanHomeRoutes: RouteObject[] = [
  { path: paths.artisanHome, element: <ArtisanHomePage /> },
];
