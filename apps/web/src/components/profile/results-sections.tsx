import type { Assessment, Benchmark, BenchmarkPosition } from '@capnum/contracts';
import {
  levelDescriptions,
  levelLabels,
  overallLevelDescriptions,
  type ThemeKey,
} from '@capnum/scoring';
import { type ComponentType, lazy } from 'react';
import { text } from '../../lib/i18n/index.ts';
import { resultsText } from '../../lib/i18n/results.ts';
import { DataTable } from '../ui/data-table.tsx';
import { ChartSlot } from './chart-slot.tsx';
import './profile.css';

const ThemeRadarChart = lazy(() => import('./theme-radar-chart.tsx'));

export interface ResultsSectionProps {
  assessment: Assessment;
}

const words = resultsText.results;

function OverallSection({ assessment }: ResultsSectionProps) {
  const { score, level } = assessment.profile.overall;
  return (
    <section className="card card--highlight results-overall" aria-labelledby="results-overall">
      <h2 id="results-overall" className="card__title">
        {words.overallTitle}
      </h2>
      <p className="results-overall__score">
        <strong>{score}</strong> {words.outOf100}
      </p>
      <p className="level-badge">{words.level(levelLabels[level])}</p>
      <p>{overallLevelDescriptions[level]}</p>
    </section>
  );
}

function ThemeScoresSection({ assessment }: ResultsSectionProps) {
  const { themes, overall } = assessment.profile;
  const points = themes.map((theme) => ({
    label: resultsText.themeShortLabels[theme.key],
    score: theme.score,
  }));
  return (
    <section className="results-section" aria-labelledby="results-themes">
      <h2 id="results-themes">{words.themesTitle}</h2>
      <div className="chart-and-table">
        <ChartSlot kind="radar">
          <ThemeRadarChart points={points} />
        </ChartSlot>
        <DataTable caption={words.tableCaption}>
          <thead>
            <tr>
              <th scope="col">{words.themeColumn}</th>
              <th scope="col">{words.scoreColumn}</th>
              <th scope="col">{words.levelColumn}</th>
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.key}>
                <th scope="row">{text.themes[theme.key].label}</th>
                <td>{theme.score}</td>
                <td>{levelLabels[theme.level]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{words.overallTitle}</th>
              <td>{overall.score}</td>
              <td>{levelLabels[overall.level]}</td>
            </tr>
          </tfoot>
        </DataTable>
      </div>
      <p className="chart-note">{words.chartNote}</p>
    </section>
  );
}

function ThemeDetailsSection({ assessment }: ResultsSectionProps) {
  return (
    <section className="results-section" aria-labelledby="results-details">
      <h2 id="results-details">{words.detailsTitle}</h2>
      <ul className="card-grid theme-results">
        {assessment.profile.themes.map((theme) => (
          <li key={theme.key} className="card">
            <h3 className="card__title">{text.themes[theme.key].label}</h3>
            <p className="theme-results__score">
              <strong>{words.themeScore(theme.score)}</strong>
              <span className="level-badge">{levelLabels[theme.level]}</span>
            </p>
            <p>{levelDescriptions[theme.key][theme.level]}</p>
            {theme.unknown > 0 && (
              <p className="theme-results__unknown">{words.unknownTopics(theme.unknown)}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PrioritiesSection({ assessment }: ResultsSectionProps) {
  const { priorities, actions, themes } = assessment.profile;
  const scoreOf = (key: ThemeKey) => themes.find((theme) => theme.key === key)?.score ?? 0;
  return (
    <section className="results-section" aria-labelledby="results-priorities">
      <h2 id="results-priorities">{words.prioritiesTitle}</h2>
      {priorities.length === 0 ? (
        <p>{words.noPriorities}</p>
      ) : (
        <>
          <p>{words.prioritiesIntro}</p>
          <ol className="priorities">
            {priorities.map((key, index) => {
              const themeActions = actions.filter((action) => action.theme === key);
              return (
                <li key={key} className="card">
                  <h3 className="card__title">
                    {words.priority(index + 1, text.themes[key].label, scoreOf(key))}
                  </h3>
                  {themeActions.length > 0 ? (
                    <ul className="checklist">
                      {themeActions.map((action) => (
                        <li key={action.text}>{action.text}</li>
                      ))}
                    </ul>
                  ) : (
                    <p>{words.noActions}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

/** One section of the results page: it gets the assessment and renders its own heading. */
export interface ResultsSection {
  id: string;
  Section: ComponentType<ResultsSectionProps>;
}

/**
 * The profile's sections, top to bottom: the artisan's results page and the
 * advisor's member file render exactly these, from an assessment, fetching nothing. Sections from other features
 * (the van's next stop) come after them through the page's `extraSections`,
 * composed in `src/app/router.tsx`.
 */
export const resultsSections: readonly ResultsSection[] = [
  { id: 'overall', Section: OverallSection },
  { id: 'theme-scores', Section: ThemeScoresSection },
  { id: 'theme-details', Section: ThemeDetailsSection },
  { id: 'priorities', Section: PrioritiesSection },
];

const benchmarkWords = resultsText.benchmark;

/** One band 0–100: the middle half of the group shaded, its median, and the artisan's mark. */
function PositionBand({ position }: { position: BenchmarkPosition }) {
  return (
    <div className="peer-band" aria-hidden="true">
      <span
        className="peer-band__quartiles"
        style={{
          left: `${position.lowerQuartile}%`,
          width: `${position.upperQuartile - position.lowerQuartile}%`,
        }}
      />
      <span className="peer-band__median" style={{ left: `${position.median}%` }} />
      <span className="peer-band__mark" style={{ left: `${position.score}%` }} />
    </div>
  );
}

/**
 * « Comment je me situe » : each theme and the overall score against a named
 * group of comparable artisans (bands for the eye, a table for everyone).
 * Fed a benchmark, fetches nothing: the results page and the advisor's file share it.
 */
export function PeerBenchmark({
  benchmark,
  title = benchmarkWords.title,
}: {
  benchmark: Benchmark;
  title?: string;
}) {
  const { comparison } = benchmark;
  const rows = comparison
    ? [
        ...comparison.themes.map((theme) => ({
          key: theme.key,
          label: text.themes[theme.key].label,
          position: theme,
        })),
        { key: 'overall', label: benchmarkWords.overallRow, position: comparison.overall },
      ]
    : [];
  return (
    <section className="results-section peer-benchmark" aria-labelledby="peer-benchmark-title">
      <h2 id="peer-benchmark-title">{title}</h2>
      {!comparison ? (
        <p>{benchmarkWords.none(benchmark.minimumGroupSize)}</p>
      ) : (
        <>
          <p className="lead">{benchmarkWords.intro(comparison.group.label)}</p>
          <ul className="peer-benchmark__bands">
            {rows.map(({ key, label, position }) => (
              <li key={key}>
                <p className="peer-benchmark__label">
                  {benchmarkWords.position(label, position.score, position.percentile)}
                </p>
                <PositionBand position={position} />
              </li>
            ))}
          </ul>
          <p className="chart-note">{benchmarkWords.explanation}</p>
          <DataTable caption={benchmarkWords.tableCaption}>
            <thead>
              <tr>
                <th scope="col">{benchmarkWords.themeColumn}</th>
                <th scope="col">{benchmarkWords.scoreColumn}</th>
                <th scope="col">{benchmarkWords.percentileColumn}</th>
                <th scope="col">{benchmarkWords.lowerQuartileColumn}</th>
                <th scope="col">{benchmarkWords.medianColumn}</th>
                <th scope="col">{benchmarkWords.upperQuartileColumn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ key, label, position }) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>{position.score}</td>
                  <td>{benchmarkWords.percentile(position.percentile)}</td>
                  <td>{resultsText.decimal(position.lowerQuartile)}</td>
                  <td>{resultsText.decimal(position.median)}</td>
                  <td>{resultsText.decimal(position.upperQuartile)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <p className="chart-note">{benchmarkWords.percentileNote}</p>
        </>
      )}
    </section>
  );
}
