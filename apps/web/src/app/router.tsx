import { useRoutes } from 'react-router';
import { advisorHomeRoutes } from '../features/advisor-home/routes.tsx';
import { artisanHomeRoutes } from '../features/artisan-home/routes.tsx';
import { authRoutes } from '../features/auth/routes.tsx';
import { diagnosticRoutes } from '../features/diagnostic/routes.tsx';
import { homeRoutes } from '../features/home/routes.tsx';
import { staffHomeRoutes } from '../features/staff-home/routes.tsx';
import { RequireRole } from '../lib/auth/require-role.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * Every page of the client. A feature exports its `RouteObject[]` from
 * `features/<feature>/routes.tsx`; it is mounted here behind the guard of the
 * roles allowed to see it.
 *
 * Declarative routing (`useRoutes`) rather than a data router: data comes
 * through the typed API client, and the data router would add ~17 KB gzipped
 * to every page, against the 100 KB budget of the questionnaire route.
 */
const routes = [
  {
    element: <AppLayout />,
    children: [
      ...homeRoutes,
      ...authRoutes,
      {
        element: <RequireRole allow={['artisan']} />,
        children: [...artisanHomeRoutes, ...diagnosticRoutes],
      },
      { element: <RequireRole allow={['advisor']} />, children: advisorHomeRoutes },
      { element: <RequireRole allow={['staff']} />, children: staffHomeRoutes },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
