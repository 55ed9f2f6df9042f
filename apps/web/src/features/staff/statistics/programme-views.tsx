import type { Impact, VanActivity } from '@capnum/contracts';
import { frenchShortDate, frenchTime } from '@capnum/contracts/paris-time';
import { themeShortLabels } from '@capnum/scoring/labels';
import { type ReactNode, useCallback } from 'react';
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

/** One view of the period: its title, its figures once loaded, and its CSV. */
function PeriodView<Data>({
  id,
  title,
  lead,
  load,
  csvPath,
  onDownload,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  load: (signal: AbortSignal) => Promise<Data>;
  csvPath: string;
  onDownload: (path: string) => void;
  children: (data: Data) => ReactNode;
}) {
  const { state, reload } = useApiData(load);
  return (
    <section className="results-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lead && <p>{lead}</p>}
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {children}
      </Loaded>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => onDownload(csvPath)}
      >
        {words.csvView}
      </button>
    </section>
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
  return (
    <>
      <PeriodView
        id="statistics-impact"
        title={words.impactTitle}
        lead={words.impactLead}
        load={loadImpact}
        csvPath={`/api/staff/aggregates/impact.csv${period}`}
        onDownload={onDownload}
      >
        {(data) => <ImpactView impact={data} />}
      </PeriodView>
      <PeriodView
        id="statistics-activity"
        title={words.activityTitle}
        load={loadActivity}
        csvPath={`/api/staff/aggregates/activity.csv${period}`}
        onDownload={onDownload}
      >
        {(data) => <ActivityView activity={data} />}
      </PeriodView>
    </>
  );
}
