import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

const PrivacyPage = lazy(async () => ({ default: (await import('./legal-page.tsx')).PrivacyPage }));
const LegalNoticePage = lazy(async () => ({
  default: (await import('./legal-page.tsx')).LegalNoticePage,
}));
const AccessibilityPage = lazy(async () => ({
  default: (await import('./legal-page.tsx')).AccessibilityPage,
}));

/** Public pages linked from every page's footer. */
export const legalRoutes: RouteObject[] = [
  { path: paths.privacy, element: <PrivacyPage /> },
  { path: paths.legalNotice, element: <LegalNoticePage /> },
  { path: paths.accessibility, element: <AccessibilityPage /> },
];
