import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Loaded on demand, so artisans never download the advisor area.
const MembersPage = lazy(async () => ({
  default: (await import('./members-page.tsx')).MembersPage,
}));
const MemberFilePage = lazy(async () => ({
  default: (await import('./member-file-page.tsx')).MemberFilePage,
}));
const BriefPage = lazy(async () => ({ default: (await import('./brief-page.tsx')).BriefPage }));
const StopPackPage = lazy(async () => ({
  default: (await import('./stop-pack-page.tsx')).StopPackPage,
}));

/** Mounted behind the advisor guard in `src/app/router.tsx`. */
export const advisorRoutes: RouteObject[] = [
  { path: paths.advisorHome, element: <MembersPage /> },
  { path: paths.advisorMember, element: <MemberFilePage /> },
  { path: paths.advisorBrief, element: <BriefPage /> },
  { path: paths.advisorStopPack, element: <StopPackPage /> },
];
