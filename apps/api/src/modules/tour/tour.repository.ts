import type { Executor } from '../../db/database.ts';
import { levelOrder, selectSessions, stopColumns, themeOrder } from './shared.repository.ts';

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
