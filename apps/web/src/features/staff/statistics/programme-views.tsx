import type { Impact, VanActivity } from '@capnum/contracts';
import { frenchShortDate, frenchTime } from '@capnum/contracts/paris-time';
import { themeShortLabels } from '@capnum/scoring/labels';
import { useCallback } from 'react';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Loaded } from '../../../components/ui/loaded.tsx';
import { staffText } from '../../../lib/i18n/staff.ts';
import { statisticsText } from '../../../lib/i18n/statistics.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { staffApi } from '../api/staff-api.ts';

const words = statisticsText;
const points = (value: number | null) =>
  value === null ? words.hidden : `${value > 0 ? '+' : ''}${String(value).replace('.', ',')}`;

function ImpactView({ impact }: { impact: Impact }) {
  return (
    <>
      <ul>
        {impact.themes.map((row) => {
          const theme = themeShortLabels[row.theme];
          return (
            <li key={row.theme}>
              {row.attended.n === null || row.attended.meanChange === null
                ? words.impactHidden(theme)
                : words.impactSentence(theme, row.attended.meanChange, row.attended.n)}
            </li>
          );
        })}
      </ul>
      <DataTable caption={words.impactCaption}>
        <thead>
          <tr>
            <th scope="col">{words.impactColumns.theme}</th>
            <th scope="col" className="data-table__number">
              {words.impactColumns.attended}
            </th>
            <th scope="col" className="data-table__number">
              {words.impactColumns.others}
            </th>
          </tr>
        </thead>
        <tbody>
          {impact.themes.map((row) => (
            <tr key={row.theme}>
              <th scope="row">{themeShortLabels[row.theme]}</th>
              <td className="data-table__number">
                {points(row.attended.meanChange)}
                {row.attended.n !== null && ` (${row.attended.n} ${words.impactColumns.artisans})`}
              </td>
              <td className="data-table__number">
                {points(row.others.meanChange)}
                {row.others.n !== null && ` (${row.others.n} ${words.impactColumns.artisans})`}
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

function ActivityView({ activity }: { activity: VanActivity }) {
  if (activity.stops.length === 0) return <p className="empty-state">{words.activityEmpty}</p>;
  const columns = words.activityColumns;
  return (
    <>
      {activity.stops.map((stop) => (
        <DataTable
          key={stop.id}
          namedRows
          caption={words.activityCaption(
            stop.communeName,
            frenchShortDate(stop.date),
            stop.attendees,
            stop.reassessedShare,
          )}
        >
          <thead>
            <tr>
              <th scope="col">{columns.workshop}</th>
              <th scope="col" className="data-table__number">
                {columns.capacity}
              </th>
              <th scope="col" className="data-table__number">
                {columns.registered}
              </th>
              <th scope="col" className="data-table__number">
                {columns.waitlisted}
              </th>
              <th scope="col" className="data-table__number">
                {columns.attended}
              </th>
              <th scope="col" className="data-table__number">
                {columns.noShows}
              </th>
              <th scope="col" className="data-table__number">
                {columns.rate}
              </th>
            </tr>
          </thead>
          <tbody>
            {stop.sessions.map((session) => (
              <tr key={session.id}>
                <th scope="row">
                  {frenchTime(session.startsAt)} — {session.workshopTitle}
                </th>
                <td className="data-table__number">{session.capacity}</td>
                <td className="data-table__number">{session.registered}</td>
                <td className="data-table__number">{session.waitlisted}</td>
                <td className="data-table__number">{session.attended}</td>
                <td className="data-table__number">{session.noShows ?? words.notYet}</td>
                <td className="data-table__number">
                  {session.attendanceRate === null
                    ? words.notYet
                    : `${String(session.attendanceRate).replace('.', ',')} %`}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ))}
    </>
  );
}

/** The effect of the workshops and the van's activity over the chosen period. */
export function ProgrammeViews({
  period,
  onDownload,
}: {
  period: string;
  onDownload: (path: string) => void;
}) {
  const loadImpact = useCallback(
    (signal: AbortSignal) => staffApi.impact(period, signal),
    [period],
  );
  const loadActivity = useCallback(
    (signal: AbortSignal) => staffApi.activity(period, signal),
    [period],
  );
  const impact = useApiData(loadImpact);
  const activity = useApiData(loadActivity);
  return (
    <>
      <section className="results-section" aria-labelledby="statistics-impact">
        <h2 id="statistics-impact">{words.impactTitle}</h2>
        <p>{words.impactLead}</p>
        <Loaded
          state={impact.state}
          reload={impact.reload}
          loading={words.loading}
          retry={staffText.retry}
        >
          {(data) => <ImpactView impact={data} />}
        </Loaded>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onDownload(`/api/staff/aggregates/impact.csv${period}`)}
        >
          {words.csvView}
        </button>
      </section>
      <section className="results-section" aria-labelledby="statistics-activity">
        <h2 id="statistics-activity">{words.activityTitle}</h2>
        <Loaded
          state={activity.state}
          reload={activity.reload}
          loading={words.loading}
          retry={staffText.retry}
        >
          {(data) => <ActivityView activity={data} />}
        </Loaded>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onDownload(`/api/staff/aggregates/activity.csv${period}`)}
        >
          {words.csvView}
        </button>
      </section>
    </>
  );
}
