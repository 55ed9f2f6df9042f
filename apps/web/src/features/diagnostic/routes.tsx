import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { DiagnosticPage } from './diagnostic-page.tsx';

/** Mounted behind the artisan guard in `src/app/router.tsx`. */
export const diagnosticRoutes: RouteObject[] = [
  { path: paths.diagnostic, element: <DiagnosticPage /> },
];
