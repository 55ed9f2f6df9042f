import {
  type AggregateDimension,
  type AggregateRow,
  type Aggregates,
  aggregateDimensions,
  type EmployeeBand,
  type Sector,
  sectors,
  type ThemeKey,
} from '@capnum/contracts';
import { frenchShortDate } from '@capnum/contracts/paris-time';
import { levelLabels, themeKeys, themeShortLabels } from '@capnum/scoring/labels';
import { type FormEvent, lazy, useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ChartSlot } from '../../../components/profile/chart-slot.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Loaded } from '../../../components/ui/loaded.tsx';
import { apiDownload } from '../../../lib/api-client.ts';
import { useAuth } from '../../../lib/auth/auth-context.ts';
import { text } from '../../../lib/i18n/index.ts';
import { signupText } from '../../../lib/i18n/signup.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { saveFile } from '../../../lib/save-file.ts';
import { errorMessage, useApiData } from '../../../lib/use-api-data.ts';
import { staffApi } from '../api/staff-api.ts';
import { StaffPage } from '../staff-page.tsx';
import { ProgrammeViews } from './programme-views.tsx';

const AggregatesCharts = lazy(() => import('./aggregates-charts.tsx'));
const DepartementsMap = lazy(() => import('./departements-map.tsx'));
const words = staffText.statistics;
const queryNames = ['groupBy', 'from', 'to', 'departement', 'sector', 'theme'] as const;

function keyLabel(dim: AggregateDimension, value: string | undefined): string {
  if (value === undefined) return words.total;
  if (dim === 'level') return levelLabels[Number(value) as 1 | 2 | 3 | 4];
  if (dim === 'sector') return signupText.sectors[value as Sector].label;
  if (dim === 'employeeBand') return text.employeeBands[value as EmployeeBand];
  return value;
}

function Select({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  anyLabel: string;
}) {
  return (
    <Field id={`statistics-${name}`} label={label}>
      {(control) => (
        <select
          {...control}
          name={name}
          defaultValue={value}
          className="field__input field__input--select"
        >
          <option value="">{anyLabel}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function figure(value: number | null | undefined): string {
  return value === null || value === undefined ? words.hidden : String(value).replace('.', ',');
}

function AggregatesTable({ aggregates }: { aggregates: Aggregates }) {
  const { groupBy } = aggregates;
  const lines = [...aggregates.rows, ...aggregates.totals];
  const themes = themeKeys.filter((key) => lines.some((row) => row.themes?.[key]));
  const hasLevels = !groupBy.includes('level');
  const labelOf = (row: AggregateRow) =>
    groupBy.length === 0
      ? words.total
      : groupBy.map((dim) => keyLabel(dim, row.keys[dim])).join(' · ');
  return (
    <DataTable caption={words.tableCaption}>
      <thead>
        <tr>
          <th scope="col">
            {groupBy.map((dim) => words.dimensions[dim]).join(' · ') || words.total}
          </th>
          <th scope="col" className="data-table__number">
            {words.artisans}
          </th>
          <th scope="col" className="data-table__number">
            {words.meanOverall}
          </th>
          <th scope="col" className="data-table__number">
            {words.medianOverall}
          </th>
          {themes.map((key) => (
            <th scope="col" className="data-table__number" key={key}>
              {words.mean(themeShortLabels[key])}
            </th>
          ))}
          {hasLevels &&
            ([1, 2, 3, 4] as const).map((level) => (
              <th scope="col" className="data-table__number" key={level}>
                {levelLabels[level]}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>
        {lines.map((row) => (
          <tr
            key={JSON.stringify(row.keys)}
            className={row.suppressed ? 'data-table__muted' : undefined}
          >
            <th scope="row">{labelOf(row)}</th>
            <td className="data-table__number">{figure(row.n)}</td>
            <td className="data-table__number">
              {row.suppressed ? words.hidden : figure(row.overall?.mean)}
            </td>
            <td className="data-table__number">
              {row.suppressed ? words.hidden : figure(row.overall?.median)}
            </td>
            {themes.map((key) => (
              <td className="data-table__number" key={key}>
                {row.suppressed ? words.hidden : figure(row.themes?.[key]?.mean)}
              </td>
            ))}
            {hasLevels &&
              ([1, 2, 3, 4] as const).map((level) => (
                <td className="data-table__number" key={level}>
                  {row.suppressed ? words.hidden : figure(row.levels?.[level])}
                </td>
              ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function useDownload() {
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  async function download(path: string, accept: string) {
    setBusy(path);
    setFailure(null);
    try {
      const file = await apiDownload(path, accept);
      saveFile(file.blob, file.fileName ?? path.split('/').pop()?.split('?')[0] ?? 'export');
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(null);
    }
  }
  return { busy, failure, download };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Exports({ search, files }: { search: string; files: ReturnType<typeof useDownload> }) {
  const csv = `/api/staff/aggregates.csv${search}`;
  const xlsx = `/api/staff/aggregates.xlsx${search}`;
  return (
    <section aria-labelledby="statistics-exports">
      <h2 id="statistics-exports">{words.exportsTitle}</h2>
      <div className="actions">
        <Button
          variant="secondary"
          busy={files.busy === csv}
          busyLabel={words.downloading}
          onClick={() => void files.download(csv, 'text/csv')}
        >
          {words.csv}
        </Button>
        <Button
          variant="secondary"
          busy={files.busy === xlsx}
          busyLabel={words.downloading}
          onClick={() => void files.download(xlsx, XLSX_TYPE)}
        >
          {words.xlsx}
        </Button>
      </div>
    </section>
  );
}

/** Staff figures for the chamber and its funders: filters in the address, charts, table, exports. */
export function StatisticsPage() {
  const auth = useAuth();
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const name of queryNames) {
    const value = params.get(name);
    if (value) query.set(name, value);
  }
  const search = query.size > 0 ? `?${query}` : '';
  const load = useCallback((signal: AbortSignal) => staffApi.aggregates(search, signal), [search]);
  const { state, reload } = useApiData(load);
  const files = useDownload();
  const period = new URLSearchParams();
  for (const name of ['from', 'to'] as const) {
    const value = query.get(name);
    if (value) period.set(name, value);
  }
  const periodSearch = period.size > 0 ? `?${period}` : '';
  const [first = '', second = ''] = (query.get('groupBy') ?? '').split(',');
  const departements = auth.status === 'signed-in' ? auth.user.chamber.departements : [];
  const dimensionOptions = aggregateDimensions.map((dim) => ({
    value: dim,
    label: words.dimensions[dim],
  }));

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    const groupBy = [
      ...new Set([data.get('groupBy1'), data.get('groupBy2')].map(String).filter(Boolean)),
    ];
    if (groupBy.length > 0) next.set('groupBy', groupBy.join(','));
    for (const name of ['from', 'to', 'departement', 'sector', 'theme']) {
      const value = String(data.get(name) ?? '');
      if (value) next.set(name, value);
    }
    setParams(next);
  }

  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <form
        className="statistics-filters"
        onSubmit={apply}
        key={search}
        aria-labelledby="statistics-filters"
      >
        <h2 id="statistics-filters">{words.filtersTitle}</h2>
        <div className="statistics-filters__grid">
          <Select
            name="groupBy1"
            label={words.groupBy}
            value={first}
            options={dimensionOptions}
            anyLabel={words.none}
          />
          <Select
            name="groupBy2"
            label={words.thenBy}
            value={second}
            options={dimensionOptions}
            anyLabel={words.none}
          />
          <Field id="statistics-from" label={words.from}>
            {(control) => (
              <input
                {...control}
                type="date"
                name="from"
                defaultValue={query.get('from') ?? ''}
                className="field__input"
              />
            )}
          </Field>
          <Field id="statistics-to" label={words.to}>
            {(control) => (
              <input
                {...control}
                type="date"
                name="to"
                defaultValue={query.get('to') ?? ''}
                className="field__input"
              />
            )}
          </Field>
          <Select
            name="departement"
            label={words.departement}
            value={query.get('departement') ?? ''}
            options={departements.map((code) => ({ value: code, label: code }))}
            anyLabel={words.any}
          />
          <Select
            name="sector"
            label={words.sector}
            value={query.get('sector') ?? ''}
            options={sectors.map((sector) => ({
              value: sector,
              label: signupText.sectors[sector].label,
            }))}
            anyLabel={words.any}
          />
          <Select
            name="theme"
            label={words.theme}
            value={query.get('theme') ?? ''}
            options={themeKeys.map((key) => ({ value: key, label: themeShortLabels[key] }))}
            anyLabel={words.allThemes}
          />
        </div>
        <Button type="submit">{words.apply}</Button>
      </form>
      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {(aggregates) => {
          const everything = [...aggregates.rows, ...aggregates.totals];
          const nobody = everything.every((row) => row.n === 0) || everything.length === 0;
          const dim = aggregates.groupBy[0];
          const theme = query.get('theme') as ThemeKey | null;
          const groups = dim
            ? aggregates.rows
                .filter((row) => !row.suppressed && aggregates.groupBy.length === 1)
                .map((row) => ({ label: keyLabel(dim, row.keys[dim]), row }))
            : [];
          return (
            <>
              <p>
                {words.period(frenchShortDate(aggregates.from), frenchShortDate(aggregates.to))}
              </p>
              {nobody ? (
                <p className="empty-state">{words.empty}</p>
              ) : (
                <>
                  {aggregates.groupBy.length === 1 && dim === 'departement' && (
                    <ChartSlot kind="map">
                      <DepartementsMap
                        title={words.mapTitle(
                          words.mapMeasure(theme ? themeShortLabels[theme] : null),
                        )}
                        legend={words.mapLegend}
                        values={aggregates.rows.map((row) => ({
                          departement: row.keys.departement ?? '',
                          value: theme
                            ? (row.themes?.[theme]?.mean ?? null)
                            : (row.overall?.mean ?? null),
                        }))}
                      />
                    </ChartSlot>
                  )}
                  {groups.length > 0 && (
                    <ChartSlot kind="bars">
                      <AggregatesCharts
                        groups={groups}
                        meanTitle={words.chartTitle}
                        levelsTitle={words.levelsTitle}
                      />
                    </ChartSlot>
                  )}
                  {groups.length > 0 && <p className="chart-note">{words.chartNote}</p>}
                  <AggregatesTable aggregates={aggregates} />
                  <p className="chart-note">{words.hiddenExplanation}</p>
                  <Exports search={search} files={files} />
                </>
              )}
            </>
          );
        }}
      </Loaded>
      {files.failure && <Alert tone="error">{files.failure}</Alert>}
      <ProgrammeViews
        period={periodSearch}
        onDownload={(path) => void files.download(path, 'text/csv')}
      />
    </StaffPage>
  );
}
