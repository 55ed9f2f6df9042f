import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Loaded on demand: the questionnaire route keeps its JavaScript budget.
const TourPage = lazy(async () => ({ default: (await import('./tour-page.tsx')).TourPage }));
const MyWorkshopsPage = lazy(async () => ({
  default: (await import('./my-workshops-page.tsx')).MyWorkshopsPage,
}));

/** Mounted behind a guard that lets every signed-in role in (`src/app/router.tsx`). */
export const tourRoutes: RouteObject[] = [{ path: paths.tour, element: <TourPage /> }];

/** Mounted behind the artisan guard. */
export const myWorkshopsRoutes: RouteObject[] = [
  { path: paths.myWorkshops, element: <MyWorkshopsPage /> },
];
