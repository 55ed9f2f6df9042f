import type { Assessment } from '@capnum/contracts';
import { levelLabels, type ThemeKey } from '@capnum/scoring';
import { lazy } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { resultsText } from '../../../lib/i18n/results.ts';
import { paths, pathTo } from '../../../lib/paths.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { usePage } from '../../../lib/use-page.ts';
import { assessmentApi } from '../api/assessment-api.ts';
import '../assessment.css';
import { ChartSlot, TableRegion } from '../figures.tsx';
import type { HistoryPoint } from './theme-history-chart.tsx';

const ThemeHistoryChart = lazy(() => import('./theme-history-chart.tsx'));

const loadHistory = (signal: AbortSignal) => assessmentApi.list(signal);

const themeOrder = Object.keys(resultsText.themeShortLabels) as ThemeKey[];

function themeScore(assessment: Assessment, key: ThemeKey): number {
  return assessment.profile.themes.find((theme) => theme.key === key)?.score ?? 0;
}

/** Scores over time, oldest first: a chart for the eye, a table for everyone. */
function Evolution({ assessments }: { assessments: readonly Assessment[] }) {
  const words = resultsText.history;
  const chronological = [...assessments].reverse();
  const points: HistoryPoint[] = chronological.map((assessment) => ({
    label: resultsText.formatShortDate(assessment.submittedAt),
    visibility: themeScore(assessment, 'visibility'),
    referencing: themeScore(assessment, 'referencing'),
    content: themeScore(assessment, 'content'),
    social: themeScore(assessment, 'social'),
  }));
  const series = themeOrder.map((key) => ({ key, label: resultsText.themeShortLabels[key] }));
  return (
    <section className="results-section" aria-labelledby="history-evolution">
      <h2 id="history-evolution">{words.evolutionTitle}</h2>
      <ChartSlot kind="line">
        <ThemeHistoryChart points={points} series={series} />
      </ChartSlot>
      <p className="chart-note">{words.chartNote}</p>
      <TableRegion captionId="history-table-caption">
        <table className="data-table">
          <caption id="history-table-caption">{words.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.dateColumn}</th>
              {series.map(({ key, label }) => (
                <th scope="col" key={key}>
                  {label}
                </th>
              ))}
              <th scope="col">{words.overallColumn}</th>
            </tr>
          </thead>
          <tbody>
            {chronological.map((assessment) => (
              <tr key={assessment.id}>
                <th scope="row">{resultsText.formatShortDateTime(assessment.submittedAt)}</th>
                {themeOrder.map((key) => (
                  <td key={key}>{themeScore(assessment, key)}</td>
                ))}
                <td>{assessment.profile.overall.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

export function HistoryPage() {
  const words = resultsText.history;
  usePage(words.title);
  const { state, reload } = useApiData(loadHistory);
  const assessments = state.status === 'loaded' ? state.data.assessments : null;

  return (
    <div className="page history">
      <h1>{words.title}</h1>
      {state.status === 'loading' && <LoadingState message={words.loading} />}
      {state.status === 'failed' && (
        <Alert tone="error">
          <p>{state.message}</p>
          <Button variant="secondary" onClick={reload}>
            {words.retry}
          </Button>
        </Alert>
      )}
      {assessments?.length === 0 && (
        <>
          <p className="lead">{words.empty}</p>
          <p>
            <Link className="button button--primary" to={paths.diagnostic}>
              {words.start}
            </Link>
          </p>
        </>
      )}
      {assessments && assessments.length > 0 && (
        <>
          <p className="lead">{words.intro}</p>
          <section aria-labelledby="history-list">
            <h2 id="history-list">{words.listTitle}</h2>
            <ol className="card-grid history-list">
              {assessments.map((assessment) => {
                const when = resultsText.formatDateTime(assessment.submittedAt);
                const { score, level } = assessment.profile.overall;
                return (
                  <li key={assessment.id} className="card">
                    <h3 className="card__title">{when}</h3>
                    <p>{words.score(score, levelLabels[level])}</p>
                    <p>
                      <Link to={pathTo.diagnosticResults(assessment.id)}>{words.open(when)}</Link>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
          {assessments.length >= 2 && <Evolution assessments={assessments} />}
        </>
      )}
    </div>
  );
}
