import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Lazy, so that the questionnaire route (the 100 KB budget) does not carry the home page.
const HomePage = lazy(async () => ({ default: (await import('./home-page.tsx')).HomePage }));

export const homeRoutes: RouteObject[] = [{ path: paths.home, element: <HomePage /> }];
