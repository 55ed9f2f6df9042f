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
  const themeScore = (alias: string) =>
    sql.raw(`case theme when 'visibility' then ${alias}.score_visibility
      when 'referencing' then ${alias}.score_referencing
      when 'content' then ${alias}.score_content else ${alias}.score_social end`);
  const { rows } = await sql<ImpactCell>`
    with themes(theme) as (values ('visibility'), ('referencing'), ('content'), ('social')),
    attended_ever as (
      select distinct r.artisan_id, w.theme, s.starts_at
      from registrations as r
      join sessions as s on s.id = r.session_id and s.chamber_id = r.chamber_id
      join workshops as w on w.id = s.workshop_id
      where r.chamber_id = ${chamberId} and r.status = 'attended'
    ),
    attended as (
      select artisan_id, theme, min(starts_at) as at
      from attended_ever
      where starts_at >= ${period.start} and starts_at < ${period.end}
      group by artisan_id, theme
    ),
    with_workshop as (
      select a.theme, before.score as before, after.score as after
      from attended as a
      cross join lateral (
        select ${themeScore('x')} as score from assessments as x
        where x.artisan_id = a.artisan_id and x.chamber_id = ${chamberId} and x.status = 'submitted'
          and x.submitted_at < a.at
        order by x.submitted_at desc limit 1) as before
      cross join lateral (
        select ${themeScore('x')} as score from assessments as x
        where x.artisan_id = a.artisan_id and x.chamber_id = ${chamberId} and x.status = 'submitted'
          and x.submitted_at > a.at
        order by x.submitted_at limit 1) as after
    ),
    without_workshop as (
      -- The last two assessments of each artisan, as the trigger keeps them on the artisan row.
      select themes.theme,
        case themes.theme when 'visibility' then ar.latest_visibility
          when 'referencing' then ar.latest_referencing
          when 'content' then ar.latest_content else ar.latest_social end as after,
        case themes.theme when 'visibility' then ar.previous_visibility
          when 'referencing' then ar.previous_referencing
          when 'content' then ar.previous_content else ar.previous_social end as before
      from artisans as ar cross join themes
      where ar.chamber_id = ${chamberId} and ar.previous_assessment_at is not null
        and not exists (
          select 1 from attended_ever as e where e.artisan_id = ar.id and e.theme = themes.theme)
    )
    select theme, true as attended, count(*)::int as n,
      round(avg(after - before), 1)::float8 as mean_change
    from with_workshop group by theme
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
