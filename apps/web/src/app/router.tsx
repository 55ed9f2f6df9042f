import { useRoutes } from 'react-router';
import { accountPublicRoutes, accountRoutes } from '../features/account/routes.tsx';
import { advisorRoutes } from '../features/advisor/routes.tsx';
import { artisanHomeRoutes } from '../features/artisan-home/routes.tsx';
import { assessmentPublicRoutes, assessmentRoutes } from '../features/assessment/routes.tsx';
import { authRoutes } from '../features/auth/routes.tsx';
import { homeRoutes } from '../features/home/routes.tsx';
import { legalRoutes } from '../features/legal/routes.tsx';
import { staffRoutes } from '../features/staff/routes.tsx';
import { staffHomeRoutes } from '../features/staff-home/routes.tsx';
import {
  myWorkshopsRoutes,
  NextStopRecommendations,
  tourRoutes,
} from '../features/tour/routes.tsx';
import { RequireRole } from '../lib/auth/require-role.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * Every page of the client. A feature exports its `RouteObject[]` from
 * `features/<feature>/routes.tsx`; it is mounted here behind the guard of the
 * roles allowed to see it. Features never import each other: when a page
 * shows another feature's piece (the van's next stop under the results), the
 * page takes it as a prop and the two are composed here.
 *
 * Declarative routing (`useRoutes`) rather than a data router: data comes
 * through the typed API client, and the data router would add ~17 KB gzipped
 * to every page, against the 100 KB budget of the questionnaire route.
 */
const assessmentArtisanRoutes = assessmentRoutes({
  resultsExtraSections: [
    {
      id: 'next-stop',
      Section: ({ assessment }) => <NextStopRecommendations assessmentId={assessment.id} />,
    },
  ],
});

const routes = [
  {
    element: <AppLayout />,
    children: [
      ...homeRoutes,
      ...authRoutes,
      ...legalRoutes,
      ...accountPublicRoutes,
      ...assessmentPublicRoutes,
      {
        element: <RequireRole allow={['artisan']} />,
        children: [
          ...artisanHomeRoutes,
          ...assessmentArtisanRoutes,
          ...myWorkshopsRoutes,
          ...accountRoutes,
        ],
      },
      { element: <RequireRole allow={['advisor']} />, children: advisorRoutes },
      {
        element: <RequireRole allow={['staff']} />,
        children: [...staffHomeRoutes, ...staffRoutes],
      },
      { element: <RequireRole allow={['artisan', 'advisor', 'staff']} />, children: tourRoutes },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
