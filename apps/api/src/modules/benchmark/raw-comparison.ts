import type { BenchmarkScope } from '@capnum/contracts';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { AssessmentScores, Measure } from './benchmark.repository.ts';
import { type PeerProfile, scopeFilters } from './peer-groups.ts';
import type { Position } from './peer-statistics.ts';

const rawColumns: Record<Measure, string> = {
  overall: 'score_overall',
  visibility: 'score_visibility',
  referencing: 'score_referencing',
  content: 'score_content',
  social: 'score_social',
};

/**
 * The same figures as the benchmark, by a plain query over the raw rows: each
 * artisan's latest submitted assessment of the window picked from `assessments`,
 * PostgreSQL's own `percentile_cont` and counts. What the tests check the
 * benchmark against, and what `pnpm bench:benchmark` times it beside.
 */
export async function rawComparison(
  db: Executor,
  scope: BenchmarkScope,
  peer: PeerProfile,
  since: Date,
  scores: Pick<AssessmentScores, `score_${Measure}`>,
): Promise<{ size: number; positions: Record<Measure, Position> }> {
  const values = {
    sector: peer.sector,
    chamber_id: peer.chamberId,
    departement: peer.departement,
    employee_band: peer.employeeBand,
  };
  const filters = scopeFilters[scope].map(
    (column) => sql`and ${sql.ref(`ar.${column}`)} = ${values[column]}`,
  );
  const measures = Object.entries(rawColumns) as [Measure, string][];
  const figures = measures.map(([measure, column]) => {
    const ref = sql.ref(`latest.${column}`);
    const score = scores[`score_${measure}`];
    return sql`
      percentile_cont(array[0.25, 0.5, 0.75]::float8[]) within group (order by ${ref}) as ${sql.ref(`${measure}_quartiles`)},
      count(*) filter (where ${ref} < ${score})::int as ${sql.ref(`${measure}_below`)},
      count(*) filter (where ${ref} = ${score})::int as ${sql.ref(`${measure}_equal`)}`;
  });
  const { rows } = await sql<Record<string, number | number[]>>`
    with latest as (
      select distinct on (a.artisan_id) a.*
      from assessments as a
      join artisans as ar on ar.id = a.artisan_id
      where a.status = 'submitted' and a.submitted_at >= ${since} ${sql.join(filters, sql` `)}
      order by a.artisan_id, a.submitted_at desc
    )
    select count(*)::int as size, ${sql.join(figures)}
    from latest`.execute(db);
  const row = rows[0] ?? {};
  const size = Number(row.size ?? 0);
  const oneDecimal = (value: number) => Math.round(value * 10) / 10;
  const positions = Object.fromEntries(
    measures.map(([measure]) => {
      const [lower, median, upper] = (row[`${measure}_quartiles`] as number[] | null) ?? [];
      const below = Number(row[`${measure}_below`]);
      const equal = Number(row[`${measure}_equal`]);
      return [
        measure,
        {
          score: scores[`score_${measure}`],
          percentile: size === 0 ? Number.NaN : Math.round((100 * (below + equal / 2)) / size),
          lowerQuartile: oneDecimal(Number(lower)),
          median: oneDecimal(Number(median)),
          upperQuartile: oneDecimal(Number(upper)),
        },
      ];
    }),
  ) as Record<Measure, Position>;
  return { size, positions };
}
