import type { Executor } from '../../db/database.ts';
import type { Owner } from '../../lib/owner.ts';
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

/**
 * The stored profile of one of the artisan's submitted assessments, with the
 * artisan's département (where their next stop is looked for).
 */
export function findSubmittedProfile(db: Executor, owner: Owner, assessmentId: string) {
  return db
    .selectFrom('assessments')
    .innerJoin('artisans', (join) =>
      join
        .onRef('artisans.id', '=', 'assessments.artisan_id')
        .onRef('artisans.chamber_id', '=', 'assessments.chamber_id'),
    )
    .select(['assessments.id', 'assessments.profile', 'artisans.departement'])
    .where('assessments.id', '=', assessmentId)
    .where('assessments.artisan_id', '=', owner.artisanId)
    .where('assessments.chamber_id', '=', owner.chamberId)
    .where('assessments.status', '=', 'submitted')
    .executeTakeFirst();
}
