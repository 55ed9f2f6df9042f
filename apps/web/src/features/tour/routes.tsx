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

/**
 * The van's next stop near the artisan and its recommended sessions, for the
 * end of the results page: the router puts it there, as features do not import
 * each other. Lazy, like the pages: the tour's code stays out of the results
 * page's chunk and loads once the results are shown.
 */
export const NextStopRecommendations = lazy(async () => ({
  default: (await import('./components/next-stop-recommendations.tsx')).NextStopRecommendations,
}));
