import type { BenchmarkScope, EmployeeBand, Sector, ThemeKey } from '@capnum/contracts';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Owner } from '../../lib/owner.ts';
import { type PeerProfile, scopeFilters } from './peer-groups.ts';

export type Measure = ThemeKey | 'overall';

/** Each measure as the column of the artisan's latest assessment (a closed list). */
const latestColumns = [
  ['overall', sql`latest_score`],
  ['visibility', sql`latest_visibility`],
  ['referencing', sql`latest_referencing`],
  ['content', sql`latest_content`],
  ['social', sql`latest_social`],
] as const;

export interface AssessmentScores {
  id: string;
  submitted_at: Date;
  score_overall: number;
  score_visibility: number;
  score_referencing: number;
  score_content: number;
  score_social: number;
}

const scoreColumns = sql`a.id, a.submitted_at, a.score_overall, a.score_visibility,
  a.score_referencing, a.score_content, a.score_social`;

const peerColumns = sql`ar.chamber_id, c.name as chamber_name, ar.sector, ar.employee_band, ar.departement`;

interface PeerRow {
  chamber_id: string;
  chamber_name: string;
  sector: Sector;
  employee_band: EmployeeBand;
  departement: string;
}

const toPeer = (row: PeerRow): PeerProfile => ({
  chamberId: row.chamber_id,
  chamberName: row.chamber_name,
  sector: row.sector,
  employeeBand: row.employee_band,
  departement: row.departement,
});

/**
 * One submitted assessment of the owner, with their business's sector, size and
 * place today: nothing for anybody else's assessment (the owner filter is in the SQL).
 */
export async function findOwnAssessment(db: Executor, owner: Owner, assessmentId: string) {
  const { rows } = await sql<AssessmentScores & PeerRow>`
    select ${scoreColumns}, ${peerColumns}
    from assessments as a
    join artisans as ar on ar.id = a.artisan_id and ar.chamber_id = a.chamber_id
    join chambers as c on c.id = ar.chamber_id
    where a.id = ${assessmentId} and a.artisan_id = ${owner.artisanId}
      and a.chamber_id = ${owner.chamberId} and a.status = 'submitted'`.execute(db);
  const row = rows[0];
  return row && { scores: row as AssessmentScores, peer: toPeer(row) };
}

/** The owner's business and every submitted assessment, oldest first. */
export async function findOwnHistory(db: Executor, owner: Owner) {
  const [peer, assessments] = await Promise.all([
    sql<PeerRow>`
      select ${peerColumns} from artisans as ar join chambers as c on c.id = ar.chamber_id
      where ar.id = ${owner.artisanId} and ar.chamber_id = ${owner.chamberId}`.execute(db),
    sql<AssessmentScores>`
      select ${scoreColumns} from assessments as a
      where a.artisan_id = ${owner.artisanId} and a.chamber_id = ${owner.chamberId}
        and a.status = 'submitted'
      order by a.submitted_at, a.id`.execute(db),
  ]);
  const row = peer.rows[0];
  return row && { peer: toPeer(row), assessments: assessments.rows };
}

/**
 * The group's histograms: how many artisans have each score, per measure, over
 * each artisan's latest submitted assessment since `since` (the columns the
 * trigger of migration 0007 keeps on the artisan row, in the same transaction as
 * the submission). One scan of the group through its index, counted by hash.
 */
export async function groupHistograms(
  db: Executor,
  scope: BenchmarkScope,
  peer: PeerProfile,
  since: Date,
): Promise<Map<Measure, Map<number, number>>> {
  const values: Record<(typeof scopeFilters)[BenchmarkScope][number], string> = {
    sector: peer.sector,
    chamber_id: peer.chamberId,
    departement: peer.departement,
    employee_band: peer.employeeBand,
  };
  const filters = scopeFilters[scope].map(
    (column) => sql`and ${sql.ref(`ar.${column}`)} = ${values[column]}`,
  );
  const sets = latestColumns.map(([, column]) => sql`(${column})`);
  const measure = sql`case ${sql.join(
    latestColumns.map(([name, column]) => sql`when grouping(${column}) = 0 then ${name}`),
    sql` `,
  )} end`;
  const score = sql`case ${sql.join(
    latestColumns.map(([, column]) => sql`when grouping(${column}) = 0 then ${column}`),
    sql` `,
  )} end`;
  const { rows } = await sql<{ measure: Measure; score: number; n: number }>`
    select ${measure} as measure, ${score} as score, count(*)::int as n
    from artisans as ar
    where ar.latest_assessment_at >= ${since} ${sql.join(filters, sql` `)}
    group by grouping sets (${sql.join(sets)})`.execute(db);
  const histograms = new Map<Measure, Map<number, number>>(
    latestColumns.map(([name]) => [name, new Map()]),
  );
  for (const row of rows) histograms.get(row.measure)?.set(Number(row.score), Number(row.n));
  return histograms;
}
