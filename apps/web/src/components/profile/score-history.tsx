import type { Assessment, BenchmarkHistory } from '@capnum/contracts';
import type { ThemeKey } from '@capnum/scoring';
import { lazy } from 'react';
import { resultsText } from '../../lib/i18n/results.ts';
import { DataTable } from '../ui/data-table.tsx';
import { ChartSlot } from './chart-slot.tsx';
import type { HistoryPoint } from './theme-history-chart.tsx';
import './profile.css';

const ThemeHistoryChart = lazy(() => import('./theme-history-chart.tsx'));

const themeOrder = Object.keys(resultsText.themeShortLabels) as ThemeKey[];

function themeScore(assessment: Assessment, key: ThemeKey): number {
  return assessment.profile.themes.find((theme) => theme.key === key)?.score ?? 0;
}

/** Scores over time, oldest first: a chart for the eye, a table for everyone. */
export function ScoreHistory({ assessments }: { assessments: readonly Assessment[] }) {
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
      <DataTable caption={words.tableCaption}>
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
      </DataTable>
    </section>
  );
}

const benchmarkWords = resultsText.benchmark;

/** The artisan's percentile at each assessment, oldest first, against today's group. */
export function PeerBenchmarkHistory({ history }: { history: BenchmarkHistory }) {
  const themeOrder = ['visibility', 'referencing', 'content', 'social'] as const;
  return (
    <section className="results-section" aria-labelledby="peer-history-title">
      <h2 id="peer-history-title">{benchmarkWords.historyTitle}</h2>
      {!history.group ? (
        <p>{benchmarkWords.none(history.minimumGroupSize)}</p>
      ) : (
        <>
          <p>{benchmarkWords.historyIntro(history.group.label)}</p>
          <DataTable caption={benchmarkWords.historyCaption}>
            <thead>
              <tr>
                <th scope="col">{resultsText.history.dateColumn}</th>
                {themeOrder.map((key) => (
                  <th scope="col" key={key}>
                    {resultsText.themeShortLabels[key]}
                  </th>
                ))}
                <th scope="col">{resultsText.history.overallColumn}</th>
              </tr>
            </thead>
            <tbody>
              {history.points.map((point) => (
                <tr key={point.assessmentId}>
                  <th scope="row">{resultsText.formatShortDateTime(point.submittedAt)}</th>
                  {themeOrder.map((key) => (
                    <td key={key}>{benchmarkWords.percentile(point.themes[key])}</td>
                  ))}
                  <td>{benchmarkWords.percentile(point.overall)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}
