import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';

// What the van changes: scores before and after a workshop, and each stop's
// attendance. Plain GROUP BY; the service hides the small groups.

export interface ImpactCell {
  theme: string;
  attended: boolean;
  n: number;
  mean_change: number | null;
}

/**
 * Per theme, the mean change of that theme's score:
 * - for artisans who attended a workshop of the theme (the first one in the
 *   period), from their latest assessment before it to their first after it;
 * - for artisans who never attended one, between their last two assessments.
 */
export async function impactCells(
  db: Executor,
  chamberId: string,
  period: { start: Date; end: Date },
): Promise<ImpactCell[]> {
  const { rows } = await sql<ImpactCell>`
    with scores as (
      select x.artisan_id, x.submitted_at, t.theme, t.score
      from assessments as x
      cross join lateral (values
        ('visibility', x.score_visibility), ('referencing', x.score_referencing),
        ('content', x.score_content), ('social', x.score_social)) as t(theme, score)
      where x.chamber_id = ${chamberId} and x.status = 'submitted'
    ),
    attended as (
      select r.artisan_id, w.theme, min(s.starts_at) as at
      from registrations as r
      join sessions as s on s.id = r.session_id and s.chamber_id = r.chamber_id
      join workshops as w on w.id = s.workshop_id
      where r.chamber_id = ${chamberId} and r.status = 'attended'
        and s.starts_at >= ${period.start} and s.starts_at < ${period.end}
      group by r.artisan_id, w.theme
    ),
    with_workshop as (
      select a.theme,
        (select s.score from scores as s where s.artisan_id = a.artisan_id and s.theme = a.theme
           and s.submitted_at < a.at order by s.submitted_at desc limit 1) as before,
        (select s.score from scores as s where s.artisan_id = a.artisan_id and s.theme = a.theme
           and s.submitted_at > a.at order by s.submitted_at limit 1) as after
      from attended as a
    ),
    ranked as (
      select s.*, row_number() over (partition by s.artisan_id, s.theme order by s.submitted_at desc) as rank
      from scores as s
      where not exists (
        select 1 from registrations as r
        join sessions as se on se.id = r.session_id
        join workshops as w on w.id = se.workshop_id
        where r.artisan_id = s.artisan_id and r.chamber_id = ${chamberId}
          and r.status = 'attended' and w.theme = s.theme)
    ),
    without_workshop as (
      select last.theme, last.score as after, previous.score as before
      from ranked as last
      join ranked as previous on previous.artisan_id = last.artisan_id
        and previous.theme = last.theme and previous.rank = 2
      where last.rank = 1
    )
    select theme, true as attended, count(*)::int as n,
      round(avg(after - before), 1)::float8 as mean_change
    from with_workshop where before is not null and after is not null group by theme
    union all
    select theme, false, count(*)::int, round(avg(after - before), 1)::float8
    from without_workshop group by theme`.execute(db);
  return rows;
}

/** Every session of the chamber's stops in the period, with its registrations by status. */
export function sessionActivity(
  db: Executor,
  chamberId: string,
  period: { from: string; to: string },
) {
  return db
    .selectFrom('sessions')
    .innerJoin('stops', 'stops.id', 'sessions.stop_id')
    .innerJoin('workshops', 'workshops.id', 'sessions.workshop_id')
    .leftJoin('registrations', 'registrations.session_id', 'sessions.id')
    .select((eb) => [
      'stops.id as stop_id',
      'stops.commune_name',
      'stops.date',
      'sessions.id',
      'sessions.starts_at',
      'sessions.ends_at',
      'sessions.capacity',
      'workshops.title',
      eb.fn
        .count<number>('registrations.id')
        .filterWhere('registrations.status', 'in', ['confirmed', 'attended'])
        .as('registered'),
      eb.fn
        .count<number>('registrations.id')
        .filterWhere('registrations.status', '=', 'waitlisted')
        .as('waitlisted'),
      eb.fn
        .count<number>('registrations.id')
        .filterWhere('registrations.status', '=', 'attended')
        .as('attended'),
    ])
    .where('sessions.chamber_id', '=', chamberId)
    .where('sessions.cancelled_at', 'is', null)
    .where('stops.date', '>=', period.from)
    .where('stops.date', '<=', period.to)
    .groupBy([
      'stops.id',
      'stops.commune_name',
      'stops.date',
      'sessions.id',
      'sessions.starts_at',
      'sessions.ends_at',
      'sessions.capacity',
      'workshops.title',
    ])
    .orderBy('stops.date')
    .orderBy('stops.id')
    .orderBy('sessions.starts_at')
    .execute();
}

/** Per stop: the people who attended a session, and how many assessed again within 6 months. */
export async function stopFollowUp(db: Executor, chamberId: string, stopIds: readonly string[]) {
  if (stopIds.length === 0) return [];
  const { rows } = await sql<{ stop_id: string; attendees: number; reassessed: number }>`
    with present as (
      select distinct s.stop_id, r.artisan_id, st.date
      from registrations as r
      join sessions as s on s.id = r.session_id
      join stops as st on st.id = s.stop_id
      where r.chamber_id = ${chamberId} and r.status = 'attended'
        and s.stop_id in (${sql.join(stopIds)})
    )
    select p.stop_id, count(*)::int as attendees,
      count(*) filter (where exists (
        select 1 from assessments as a
        where a.artisan_id = p.artisan_id and a.chamber_id = ${chamberId} and a.status = 'submitted'
          and a.submitted_at > p.date::timestamptz
          and a.submitted_at < p.date::timestamptz + interval '6 months'))::int as reassessed
    from present as p group by p.stop_id`.execute(db);
  return rows;
}
