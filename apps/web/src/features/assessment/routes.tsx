import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import type { ResultsSection } from '../../components/profile/results-sections.tsx';
import { paths } from '../../lib/paths.ts';

// Each page is its own chunk: the questionnaire stays light (budget: 100 KB of gzipped
// JavaScript for its route), and only the results and history pages load the charts.
const QuestionnairePage = lazy(async () => ({
  default: (await import('./questionnaire/questionnaire-page.tsx')).QuestionnairePage,
}));
const ResultsPage = lazy(async () => ({
  default: (await import('./results/results-page.tsx')).ResultsPage,
}));
const HistoryPage = lazy(async () => ({
  default: (await import('./history/history-page.tsx')).HistoryPage,
}));
const CalculationPage = lazy(async () => ({
  default: (await import('./calculation/calculation-page.tsx')).CalculationPage,
}));

export interface AssessmentRoutesOptions {
  /** Sections another feature adds at the end of the results page (the van's next stop). */
  resultsExtraSections?: readonly ResultsSection[];
}

/** Mounted behind the artisan guard in `src/app/router.tsx`, which brings the extra sections. */
export function assessmentRoutes({
  resultsExtraSections,
}: AssessmentRoutesOptions = {}): RouteObject[] {
  return [
    { path: paths.diagnostic, element: <QuestionnairePage /> },
    { path: paths.diagnosticStep, element: <QuestionnairePage /> },
    {
      path: paths.diagnosticResults,
      element: <ResultsPage extraSections={resultsExtraSections} />,
    },
    { path: paths.diagnosticHistory, element: <HistoryPage /> },
  ];
}

/** Public: how the score is calculated is no secret, anyone may read it. */
export const assessmentPublicRoutes: RouteObject[] = [
  { path: paths.diagnosticCalculation, element: <CalculationPage /> },
];
