import type { Assessment } from '@capnum/contracts';
import { themeShortLabels } from '@capnum/scoring/labels';
import { useCallback } from 'react';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { text } from '../../../lib/i18n/index.ts';
import { resultsText } from '../../../lib/i18n/results.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { assessmentApi } from '../api/assessment-api.ts';

const words = resultsText.results;

/** The assessment sent just before this one, if any (the list comes newest first). */
export function previousOf(list: readonly Assessment[], assessment: Assessment): Assessment | null {
  const older = list
    .filter((item) => item.id !== assessment.id && item.submittedAt < assessment.submittedAt)
    .sort((left, right) => right.submittedAt.localeCompare(left.submittedAt));
  return older[0] ?? null;
}

/**
 * "+12 points" per theme since the previous assessment: what changed, in a table. Says
 * nothing on a first assessment, nor while the history loads or if it cannot.
 */
export function ChangeSinceLast({ assessment }: { assessment: Assessment }) {
  const load = useCallback((signal: AbortSignal) => assessmentApi.list(signal), []);
  const { state } = useApiData(load);
  if (state.status !== 'loaded') return null;
  const previous = previousOf(state.data.assessments, assessment);
  if (!previous) return null;
  const before = new Map(previous.profile.themes.map((theme) => [theme.key, theme.score]));
  const rows = [
    ...assessment.profile.themes.map((theme) => ({
      key: theme.key,
      label: themeShortLabels[theme.key],
      before: before.get(theme.key) ?? 0,
      now: theme.score,
    })),
    {
      key: 'overall',
      label: words.overallRow,
      before: previous.profile.overall.score,
      now: assessment.profile.overall.score,
    },
  ];
  return (
    <section className="card" aria-labelledby="results-change">
      <h2 id="results-change">{words.changeTitle(text.formatDate(previous.submittedAt))}</h2>
      <DataTable caption={words.changeCaption}>
        <thead>
          <tr>
            <th scope="col">{words.themeColumn}</th>
            <th scope="col" className="data-table__number">
              {words.beforeColumn}
            </th>
            <th scope="col" className="data-table__number">
              {words.nowColumn}
            </th>
            <th scope="col" className="data-table__number">
              {words.changeColumn}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="data-table__number">{row.before}</td>
              <td className="data-table__number">{row.now}</td>
              <td className="data-table__number">{words.change(row.now - row.before)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
