import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

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

/** The fixed theme and level orders, for sorting without depending on the collation. */
export const themeOrder = sql`array_position(array['visibility', 'referencing', 'content', 'social'], workshops.theme)`;
export const levelOrder = sql`array_position(array['decouverte', 'approfondissement', 'expert'], workshops.level)`;

/**
 * Sessions of a chamber with their workshop and the number of seats taken,
 * counted in SQL; callers add their own filters.
 */
export function selectSessions(db: Executor, chamberId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('workshops', (join) =>
      join
        .onRef('workshops.id', '=', 'sessions.workshop_id')
        .onRef('workshops.chamber_id', '=', 'sessions.chamber_id'),
    )
    .where('sessions.chamber_id', '=', chamberId)
    .select([
      'sessions.id',
      'sessions.stop_id',
      'sessions.starts_at',
      'sessions.ends_at',
      'sessions.capacity',
      'sessions.cancelled_at',
      'workshops.id as workshop_id',
      'workshops.key as workshop_key',
      'workshops.theme as workshop_theme',
      'workshops.level as workshop_level',
      'workshops.title as workshop_title',
      'workshops.description as workshop_description',
      'workshops.duration_minutes as workshop_duration_minutes',
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

/** Stops of a chamber from a calendar day on, earliest first. */
export function listStopsFrom(db: Executor, chamberId: string, fromDate: string) {
  return db
    .selectFrom('stops')
    .select(stopColumns)
    .where('stops.chamber_id', '=', chamberId)
    .where('stops.date', '>=', fromDate)
    .orderBy('stops.date')
    .orderBy('stops.commune_code')
    .orderBy('stops.id')
    .execute();
}

export type StopRow = Awaited<ReturnType<typeof listStopsFrom>>[number];

export function findStop(db: Executor, chamberId: string, stopId: string) {
  return db
    .selectFrom('stops')
    .select(stopColumns)
    .where('stops.id', '=', stopId)
    .where('stops.chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** The sessions of some stops of a chamber, by start time. */
export function listSessionsOfStops(db: Executor, chamberId: string, stopIds: readonly string[]) {
  if (stopIds.length === 0) return Promise.resolve([]);
  return selectSessions(db, chamberId)
    .where('sessions.stop_id', 'in', stopIds)
    .orderBy('sessions.starts_at')
    .orderBy(themeOrder)
    .orderBy(levelOrder)
    .orderBy('sessions.id')
    .execute();
}

/** The artisan behind a signed-in user, within the chamber of the token. */
export function findArtisanOfUser(db: Executor, userId: string, chamberId: string) {
  return db
    .selectFrom('artisans')
    .select(['id', 'chamber_id', 'departement'])
    .where('user_id', '=', userId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** The stored profile of one of the artisan's submitted assessments. */
export function findSubmittedProfile(
  db: Executor,
  owner: { artisanId: string; chamberId: string },
  assessmentId: string,
) {
  return db
    .selectFrom('assessments')
    .select(['id', 'profile'])
    .where('id', '=', assessmentId)
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .where('status', '=', 'submitted')
    .executeTakeFirst();
}
