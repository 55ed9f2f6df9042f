import type { AggregateDimension, AggregatesQuery, ThemeKey } from '@capnum/contracts';
import { parisInstant } from '@capnum/contracts/paris-time';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';

/** Each grouping key as SQL over the `latest` rows (a closed list: never text from the request). */
const dimensionSql: Record<AggregateDimension, RawBuilder<unknown>> = {
  departement: sql`departement`,
  sector: sql`sector`,
  employeeBand: sql`employee_band`,
  level: sql`level::text`,
  month: sql`month`,
  quarter: sql`quarter`,
};

const scoreColumns: Record<ThemeKey | 'overall', RawBuilder<unknown>> = {
  overall: sql`score_overall`,
  visibility: sql`score_visibility`,
  referencing: sql`score_referencing`,
  content: sql`score_content`,
  social: sql`score_social`,
};

export interface Period {
  /** First day included, 'YYYY-MM-DD' in Paris. */
  from: string;
  /** Last day included. */
  to: string;
}

/**
 * The chamber's latest submitted assessment per artisan — per month or quarter
 * when the figures are by period — within the period and filters.
 */
function latest(
  chamberId: string,
  query: AggregatesQuery,
  period: Period,
  dims: readonly AggregateDimension[],
) {
  const byPeriod = dims.includes('month')
    ? sql`, to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-MM')`
    : dims.includes('quarter')
      ? sql`, to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-"T"Q')`
      : sql``;
  const start = parisInstant(period.from, '00:00');
  const end = parisInstant(
    new Date(Date.parse(`${period.to}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10),
    '00:00',
  );
  return sql`
    select distinct on (a.artisan_id${byPeriod})
      ar.departement, ar.sector, ar.employee_band, a.level_overall as level,
      to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-MM') as month,
      to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-"T"Q') as quarter,
      a.score_overall, a.score_visibility, a.score_referencing, a.score_content, a.score_social
    from assessments as a
    join artisans as ar on ar.id = a.artisan_id and ar.chamber_id = a.chamber_id
    where a.chamber_id = ${chamberId}
      and a.status = 'submitted'
      and a.submitted_at >= ${start} and a.submitted_at < ${end}
      ${query.departement ? sql`and ar.departement = ${query.departement}` : sql``}
      ${query.sector ? sql`and ar.sector = ${query.sector}` : sql``}
      ${query.questionnaireVersion ? sql`and a.questionnaire_version = ${query.questionnaireVersion}` : sql``}
    order by a.artisan_id${byPeriod}, a.submitted_at desc`;
}

export interface CountRow {
  keys: Record<string, string>;
  n: number;
}

/** Counts at the finest grain: the grouping keys, plus the level when it is not one of them. */
export async function countCells(
  db: Executor,
  chamberId: string,
  query: AggregatesQuery,
  period: Period,
  dims: readonly AggregateDimension[],
): Promise<CountRow[]> {
  const columns =
    dims.length > 0
      ? sql.join(dims.map((dim) => sql`${dimensionSql[dim]} as ${sql.ref(dim)}`))
      : sql`1 as one`;
  const groups =
    dims.length > 0 ? sql`group by ${sql.join(dims.map((dim) => dimensionSql[dim]))}` : sql``;
  const { rows } = await sql<Record<string, string | number>>`
    with latest as (${latest(chamberId, query, period, dims)})
    select ${columns}, count(*)::int as n from latest ${groups}`.execute(db);
  return rows
    .filter((row) => Number(row.n) > 0)
    .map((row) => ({
      keys: Object.fromEntries(dims.map((dim) => [dim, String(row[dim])])),
      n: Number(row.n),
    }));
}

export interface MeasureRow {
  keys: Record<string, string>;
  measures: Record<string, { mean: number; median: number }>;
}

/** Means and medians for every combination of the grouping keys, totals included (CUBE). */
export async function measureCells(
  db: Executor,
  chamberId: string,
  query: AggregatesQuery,
  period: Period,
  dims: readonly AggregateDimension[],
  themes: readonly (ThemeKey | 'overall')[],
): Promise<MeasureRow[]> {
  const keyColumns = dims.map(
    (dim) =>
      sql`case when grouping(${dimensionSql[dim]}) = 0 then ${dimensionSql[dim]} end as ${sql.ref(dim)}`,
  );
  const measures = themes.flatMap((theme) => [
    sql`round(avg(${scoreColumns[theme]}), 1)::float8 as ${sql.ref(`${theme}_mean`)}`,
    sql`round((percentile_cont(0.5) within group (order by ${scoreColumns[theme]}))::numeric, 1)::float8 as ${sql.ref(`${theme}_median`)}`,
  ]);
  const groups =
    dims.length > 0 ? sql`group by cube(${sql.join(dims.map((dim) => dimensionSql[dim]))})` : sql``;
  const { rows } = await sql<Record<string, string | number | null>>`
    with latest as (${latest(chamberId, query, period, dims)})
    select ${sql.join([...keyColumns, ...measures])} from latest ${groups}`.execute(db);
  return rows.map((row) => ({
    keys: Object.fromEntries(
      dims.filter((dim) => row[dim] !== null).map((dim) => [dim, String(row[dim])]),
    ),
    measures: Object.fromEntries(
      themes.map((theme) => [
        theme,
        { mean: Number(row[`${theme}_mean`]), median: Number(row[`${theme}_median`]) },
      ]),
    ),
  }));
}
