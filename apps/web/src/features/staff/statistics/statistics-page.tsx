import { aggregateDimensions, sectors, type ThemeKey } from '@capnum/contracts';
import { frenchShortDate } from '@capnum/contracts/paris-time';
import { themeKeys, themeShortLabels } from '@capnum/scoring/labels';
import { type FormEvent, lazy, useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { ChartSlot } from '../../../components/profile/chart-slot.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { Field } from '../../../components/ui/field.tsx';
import { Loaded } from '../../../components/ui/loaded.tsx';
import { useAuth } from '../../../lib/auth/auth-context.ts';
import { signupText } from '../../../lib/i18n/signup.ts';
import { staffText } from '../../../lib/i18n/staff.ts';
import { statisticsText } from '../../../lib/i18n/statistics.ts';
import { useApiData } from '../../../lib/use-api-data.ts';
import { staffApi } from '../api/staff-api.ts';
import { StaffPage } from '../staff-page.tsx';
import { AggregatesTable, Exports, useDownload } from './aggregates-table.tsx';
import { ProgrammeViews } from './programme-views.tsx';
import { keyLabel } from './statistics-labels.ts';

const AggregatesCharts = lazy(() => import('./aggregates-charts.tsx'));
const DepartementsMap = lazy(() => import('./departements-map.tsx'));
const words = statisticsText;
const queryNames = ['groupBy', 'from', 'to', 'departement', 'sector', 'theme'] as const;

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
