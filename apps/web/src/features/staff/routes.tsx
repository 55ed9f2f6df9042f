import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Loaded on demand, so artisans never download the staff screens.
const WorkshopsPage = lazy(async () => ({
  default: (await import('./workshops-page.tsx')).WorkshopsPage,
}));
const ToursPage = lazy(async () => ({ default: (await import('./tours-page.tsx')).ToursPage }));
const StaffTourPage = lazy(async () => ({
  default: (await import('./tour-page.tsx')).StaffTourPage,
}));
const StaffStopPage = lazy(async () => ({
  default: (await import('./stop-page.tsx')).StaffStopPage,
}));
const StaffSessionPage = lazy(async () => ({
  default: (await import('./session-page.tsx')).StaffSessionPage,
}));

const SiretConflictsPage = lazy(async () => ({
  default: (await import('./siret-conflicts-page.tsx')).SiretConflictsPage,
}));

const TeamPage = lazy(async () => ({ default: (await import('./team-page.tsx')).TeamPage }));

const OutboxPage = lazy(async () => ({ default: (await import('./outbox-page.tsx')).OutboxPage }));

const StatisticsPage = lazy(async () => ({
  default: (await import('./statistics/statistics-page.tsx')).StatisticsPage,
}));

/** Running the van tour; mounted behind the staff guard in `src/app/router.tsx`. */
export const staffRoutes: RouteObject[] = [
  { path: paths.staffWorkshops, element: <WorkshopsPage /> },
  { path: paths.staffTours, element: <ToursPage /> },
  { path: paths.staffTour, element: <StaffTourPage /> },
  { path: paths.staffStop, element: <StaffStopPage /> },
  { path: paths.staffSession, element: <StaffSessionPage /> },
  { path: paths.staffSiretConflicts, element: <SiretConflictsPage /> },
  { path: paths.staffTeam, element: <TeamPage /> },
  { path: paths.staffOutbox, element: <OutboxPage /> },
  { path: paths.staffStatistics, element: <StatisticsPage /> },
];
