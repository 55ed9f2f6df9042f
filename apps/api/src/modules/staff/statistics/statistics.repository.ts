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
  now: Date,
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
  const filters = sql`
      ${query.departement ? sql`and ar.departement = ${query.departement}` : sql``}
      ${query.sector ? sql`and ar.sector = ${query.sector}` : sql``}
      ${query.questionnaireVersion ? sql`and a.questionnaire_version = ${query.questionnaireVersion}` : sql``}`;
  const columns = sql`
      ar.departement, ar.sector, ar.employee_band, a.level_overall as level,
      to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-MM') as month,
      to_char(a.submitted_at at time zone 'Europe/Paris', 'YYYY-"T"Q') as quarter,
      a.score_overall, a.score_visibility, a.score_referencing, a.score_content, a.score_social`;
  // A period that runs to today, not split by month or quarter: each artisan's latest
  // assessment is the one whose scores the trigger keeps on the artisan row, if it
  // falls in the period.
  const byWholePeriod = !dims.includes('month') && !dims.includes('quarter');
  if (byWholePeriod && end.getTime() > now.getTime() && !query.questionnaireVersion) {
    return sql`
      select ar.departement, ar.sector, ar.employee_band, ar.latest_level as level,
        ar.latest_score as score_overall, ar.latest_visibility as score_visibility,
        ar.latest_referencing as score_referencing, ar.latest_content as score_content,
        ar.latest_social as score_social
      from artisans as ar
      where ar.chamber_id = ${chamberId}
        and ar.latest_assessment_at >= ${start} and ar.latest_assessment_at < ${end}
        ${query.departement ? sql`and ar.departement = ${query.departement}` : sql``}
        ${query.sector ? sql`and ar.sector = ${query.sector}` : sql``}`;
  }
  return sql`
    select distinct on (a.artisan_id${byPeriod}) ${columns}
    from assessments as a
    join artisans as ar on ar.id = a.artisan_id and ar.chamber_id = a.chamber_id
    where a.chamber_id = ${chamberId}
      and a.status = 'submitted'
      and a.submitted_at >= ${start} and a.submitted_at < ${end}
      ${filters}
    order by a.artisan_id${byPeriod}, a.submitted_at desc`;
}

export interface HistogramRow {
  /** The grouping keys of the finest cell (the level included). */
  keys: Record<string, string>;
  measure: ThemeKey | 'overall';
  /** The scores present in the cell, ascending, and how many artisans have each. */
  scores: number[];
  counts: number[];
}

/**
 * How many artisans have each score, per measure, at the finest grain of the
 * grouping keys: one scan, counted by hash, one row per cell and measure.
 * Counts, totals, means and medians of every group and margin are summed from
 * it (scores are whole numbers from 0 to 100), so no per-group sort runs in
 * the database and a few thousand rows cross the wire, not one per score.
 */
export async function scoreHistograms(
  db: Executor,
  chamberId: string,
  query: AggregatesQuery,
  period: Period,
  dims: readonly AggregateDimension[],
  now: Date,
): Promise<HistogramRow[]> {
  const { rows } = await histogramSql(chamberId, query, period, dims, now).execute(db);
  return rows.map((row) => ({
    keys: Object.fromEntries(dims.map((dim) => [dim, String(row[dim])])),
    measure: row.measure as ThemeKey | 'overall',
    scores: (row.scores as number[]).map(Number),
    counts: (row.counts as number[]).map(Number),
  }));
}

/** The one statement behind the figures (also what `pnpm bench:aggregates` gives psql). */
export function histogramSql(
  chamberId: string,
  query: AggregatesQuery,
  period: Period,
  dims: readonly AggregateDimension[],
  now: Date,
) {
  const keyColumns = dims.map((dim) => sql`${dimensionSql[dim]} as ${sql.ref(dim)}`);
  const keys = dims.map((dim) => dimensionSql[dim]);
  const measures = [
    ['overall', sql`score_overall`],
    ['visibility', sql`score_visibility`],
    ['referencing', sql`score_referencing`],
    ['content', sql`score_content`],
    ['social', sql`score_social`],
  ] as const;
  // One grouping set per measure: (keys…, that score); the ungrouped score says which.
  const sets = measures.map(([, column]) => sql`(${sql.join([...keys, column])})`);
  const measureColumn = sql`case ${sql.join(
    measures.map(([name, column]) => sql`when grouping(${column}) = 0 then ${name}`),
    sql` `,
  )} end`;
  const scoreColumn = sql`case ${sql.join(
    measures.map(([, column]) => sql`when grouping(${column}) = 0 then ${column}`),
    sql` `,
  )} end`;
  const cellKeys = dims.map((dim) => sql.ref(dim));
  return sql<Record<string, string | number | number[]>>`
    with latest as (${latest(chamberId, query, period, dims, now)}),
    counted as (
      select ${sql.join([...keyColumns, sql`${measureColumn} as measure`, sql`${scoreColumn} as score`, sql`count(*)::int as n`])}
      from latest
      group by grouping sets (${sql.join(sets)}))
    select ${sql.join([...cellKeys, sql`measure`, sql`array_agg(score order by score) as scores`, sql`array_agg(n order by score) as counts`])}
    from counted
    group by ${sql.join([...cellKeys, sql`measure`])}`;
}
