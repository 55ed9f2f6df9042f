import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { stopColumns } from '../../tour/shared.repository.ts';

// Tours and their stops; every query is scoped to the chamber inside its SQL.

// ---------------------------------------------------------------- tours

function selectTours(db: Executor, chamberId: string) {
  return db
    .selectFrom('tours')
    .leftJoin('stops', (join) =>
      join
        .onRef('stops.tour_id', '=', 'tours.id')
        .onRef('stops.chamber_id', '=', 'tours.chamber_id'),
    )
    .where('tours.chamber_id', '=', chamberId)
    .groupBy('tours.id')
    .select(['tours.id', 'tours.name', 'tours.created_at'])
    .select((eb) => [
      eb.fn.count<number>('stops.id').as('stop_count'),
      eb.fn.min<string | null>('stops.date').as('first_date'),
      eb.fn.max<string | null>('stops.date').as('last_date'),
    ]);
}

export function listTours(db: Executor, chamberId: string) {
  return selectTours(db, chamberId)
    .orderBy(sql`min(stops.date) nulls last`)
    .orderBy('tours.name')
    .execute();
}

export type TourRow = Awaited<ReturnType<typeof listTours>>[number];

export function findTour(db: Executor, chamberId: string, tourId: string) {
  return selectTours(db, chamberId).where('tours.id', '=', tourId).executeTakeFirst();
}

export function insertTour(db: Executor, chamberId: string, name: string) {
  return db
    .insertInto('tours')
    .values({ chamber_id: chamberId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function renameTour(db: Executor, chamberId: string, tourId: string, name: string) {
  return db
    .updateTable('tours')
    .set({ name })
    .where('id', '=', tourId)
    .where('chamber_id', '=', chamberId)
    .returning('id')
    .executeTakeFirst();
}

export function deleteTour(db: Executor, chamberId: string, tourId: string) {
  return db
    .deleteFrom('tours')
    .where('id', '=', tourId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

// ---------------------------------------------------------------- stops

function selectStaffStops(db: Executor, chamberId: string) {
  return db
    .selectFrom('stops')
    .select([...stopColumns, 'stops.created_at'])
    .select((eb) =>
      eb
        .selectFrom('sessions')
        .select((count) => count.fn.countAll<number>().as('count'))
        .whereRef('sessions.stop_id', '=', 'stops.id')
        .whereRef('sessions.chamber_id', '=', 'stops.chamber_id')
        .as('session_count'),
    )
    .where('stops.chamber_id', '=', chamberId);
}

export function listStops(
  db: Executor,
  chamberId: string,
  filter: { tourId?: string | undefined },
) {
  let query = selectStaffStops(db, chamberId);
  if (filter.tourId) query = query.where('stops.tour_id', '=', filter.tourId);
  return query.orderBy('stops.date').orderBy('stops.commune_code').orderBy('stops.id').execute();
}

export type StaffStopRow = Awaited<ReturnType<typeof listStops>>[number];

export function findStaffStop(db: Executor, chamberId: string, stopId: string) {
  return selectStaffStops(db, chamberId).where('stops.id', '=', stopId).executeTakeFirst();
}

export interface StopValues {
  tourId: string;
  communeCode: string;
  communeName: string;
  departement: string;
  date: string;
  address: string;
}

export function insertStop(db: Executor, chamberId: string, stop: StopValues) {
  return db
    .insertInto('stops')
    .values({
      chamber_id: chamberId,
      tour_id: stop.tourId,
      commune_code: stop.communeCode,
      commune_name: stop.communeName,
      departement: stop.departement,
      date: stop.date,
      address: stop.address,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateStop(
  db: Executor,
  chamberId: string,
  stopId: string,
  changes: Partial<StopValues>,
) {
  return db
    .updateTable('stops')
    .set({
      tour_id: changes.tourId,
      commune_code: changes.communeCode,
      commune_name: changes.communeName,
      departement: changes.departement,
      date: changes.date,
      address: changes.address,
    })
    .where('id', '=', stopId)
    .where('chamber_id', '=', chamberId)
    .returning('id')
    .executeTakeFirst();
}

export function deleteStop(db: Executor, chamberId: string, stopId: string) {
  return db
    .deleteFrom('stops')
    .where('id', '=', stopId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** A stop of the chamber, locked: its date is what sessions are checked against. */
export function lockStop(db: Executor, chamberId: string, stopId: string) {
  return db
    .selectFrom('stops')
    .select(['id', 'date'])
    .where('id', '=', stopId)
    .where('chamber_id', '=', chamberId)
    .forUpdate()
    .executeTakeFirst();
}

export function listSessionIdsOfStop(db: Executor, chamberId: string, stopId: string) {
  return db
    .selectFrom('sessions')
    .select('id')
    .where('stop_id', '=', stopId)
    .where('chamber_id', '=', chamberId)
    .execute();
}
