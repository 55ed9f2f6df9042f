import { type JoinBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database } from '../../db/schema.ts';

// Query pieces shared by the tour, bookings and staff repositories. The join
// conditions keep both sides in the same chamber; each query still filters by
// chamber (and owner) in its own SQL.

/** Statuses that hold a seat: a person marked present kept their seat. */
export const SEAT_HOLDING_STATUSES = ['confirmed', 'attended'] as const;

export const stopColumns = [
  'stops.id',
  'stops.tour_id',
  'stops.commune_code',
  'stops.commune_name',
  'stops.departement',
  'stops.date',
  'stops.address',
] as const;

export const workshopColumns = [
  'workshops.id as workshop_id',
  'workshops.key as workshop_key',
  'workshops.theme as workshop_theme',
  'workshops.level as workshop_level',
  'workshops.title as workshop_title',
  'workshops.description as workshop_description',
  'workshops.duration_minutes as workshop_duration_minutes',
] as const;

/** The fixed theme and level orders, for sorting without depending on the collation. */
export const themeOrder = sql`array_position(array['visibility', 'referencing', 'content', 'social'], workshops.theme)`;
export const levelOrder = sql`array_position(array['decouverte', 'approfondissement', 'expert'], workshops.level)`;

/** Join condition: the workshop of a session. */
export function workshopOfSession(join: JoinBuilder<Database, 'sessions' | 'workshops'>) {
  return join
    .onRef('workshops.id', '=', 'sessions.workshop_id')
    .onRef('workshops.chamber_id', '=', 'sessions.chamber_id');
}

/** Join condition: the stop of a session. */
export function stopOfSession(join: JoinBuilder<Database, 'sessions' | 'stops'>) {
  return join
    .onRef('stops.id', '=', 'sessions.stop_id')
    .onRef('stops.chamber_id', '=', 'sessions.chamber_id');
}

/** Join condition: a registration and its session, either way round. */
export function registrationOfSession(join: JoinBuilder<Database, 'registrations' | 'sessions'>) {
  return join
    .onRef('registrations.session_id', '=', 'sessions.id')
    .onRef('registrations.chamber_id', '=', 'sessions.chamber_id');
}

/**
 * Rank in its session's waiting list (1 = next served) of the `registrations`
 * row of the query; null unless the registration is waitlisted.
 */
export const waitlistPositionColumn = sql<
  number | null
>`case when registrations.status = 'waitlisted' then (
  select count(*) from registrations ahead
  where ahead.session_id = registrations.session_id and ahead.chamber_id = registrations.chamber_id
    and ahead.status = 'waitlisted'
    and ahead.arrival <= registrations.arrival) end`.as('waitlist_position');

/**
 * Sessions of a chamber with their workshop and the number of seats taken,
 * counted in SQL; callers add their own filters.
 */
export function selectSessions(db: Executor, chamberId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('workshops', workshopOfSession)
    .where('sessions.chamber_id', '=', chamberId)
    .select([
      'sessions.id',
      'sessions.stop_id',
      'sessions.starts_at',
      'sessions.ends_at',
      'sessions.capacity',
      'sessions.cancelled_at',
      ...workshopColumns,
    ])
    .select((eb) =>
      eb
        .selectFrom('registrations')
        .select((count) => count.fn.countAll<number>().as('count'))
        .whereRef('registrations.session_id', '=', 'sessions.id')
        .where('registrations.status', 'in', SEAT_HOLDING_STATUSES)
        .as('confirmed_count'),
    );
}

export type SessionRow = Awaited<
  ReturnType<ReturnType<typeof selectSessions>['executeTakeFirstOrThrow']>
>;
