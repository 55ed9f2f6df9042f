import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';
import { HomePage } from './home-page.tsx';

export const homeRoutes: RouteObject[] = [{ path: paths.home, element: <HomePage /> }];
