import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { WorkshopTable } from '../../db/schema.ts';
import {
  levelOrder,
  registrationOfSession,
  selectSessions,
  stopColumns,
  stopOfSession,
  themeOrder,
  waitlistPositionColumn,
  workshopColumns,
} from '../tour/shared.repository.ts';

// Every query is scoped to the staff member's chamber inside its SQL.

// ---------------------------------------------------------------- workshops

export function listWorkshops(db: Executor, chamberId: string) {
  return db
    .selectFrom('workshops')
    .select(workshopColumns)
    .where('chamber_id', '=', chamberId)
    .orderBy(themeOrder)
    .orderBy(levelOrder)
    .orderBy('key')
    .execute();
}

export function findWorkshop(db: Executor, chamberId: string, workshopId: string) {
  return db
    .selectFrom('workshops')
    .select(workshopColumns)
    .where('id', '=', workshopId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

export interface WorkshopValues {
  theme: WorkshopTable['theme'];
  level: WorkshopTable['level'];
  title: string;
  description: string;
  durationMinutes: number;
}

export function insertWorkshop(
  db: Executor,
  chamberId: string,
  workshop: WorkshopValues & { key: string },
) {
  return db
    .insertInto('workshops')
    .values({
      chamber_id: chamberId,
      key: workshop.key,
      theme: workshop.theme,
      level: workshop.level,
      title: workshop.title,
      description: workshop.description,
      duration_minutes: workshop.durationMinutes,
    })
    .returning(workshopColumns)
    .executeTakeFirstOrThrow();
}

export function updateWorkshop(
  db: Executor,
  chamberId: string,
  workshopId: string,
  changes: Partial<WorkshopValues>,
) {
  return db
    .updateTable('workshops')
    .set({
      theme: changes.theme,
      level: changes.level,
      title: changes.title,
      description: changes.description,
      duration_minutes: changes.durationMinutes,
    })
    .where('id', '=', workshopId)
    .where('chamber_id', '=', chamberId)
    .returning(workshopColumns)
    .executeTakeFirst();
}

export function deleteWorkshop(db: Executor, chamberId: string, workshopId: string) {
  return db
    .deleteFrom('workshops')
    .where('id', '=', workshopId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** Sessions using a workshop, and registrations to them. */
export async function usageOfWorkshop(db: Executor, chamberId: string, workshopId: string) {
  const row = await db
    .selectFrom('sessions')
    .leftJoin('registrations', registrationOfSession)
    .select((eb) => [
      eb.fn.count<number>('sessions.id').distinct().as('sessions'),
      eb.fn.count<number>('registrations.id').as('registrations'),
    ])
    .where('sessions.workshop_id', '=', workshopId)
    .where('sessions.chamber_id', '=', chamberId)
    .executeTakeFirstOrThrow();
  return { sessions: Number(row.sessions), registrations: Number(row.registrations) };
}

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

/** Registrations of any status under a tour, a stop or a session. */
export async function countRegistrationsUnder(
  db: Executor,
  chamberId: string,
  scope: { tourId: string } | { stopId: string } | { sessionId: string },
) {
  let query = db
    .selectFrom('registrations')
    .innerJoin('sessions', registrationOfSession)
    .innerJoin('stops', stopOfSession)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('registrations.chamber_id', '=', chamberId);
  if ('tourId' in scope) query = query.where('stops.tour_id', '=', scope.tourId);
  if ('stopId' in scope) query = query.where('stops.id', '=', scope.stopId);
  if ('sessionId' in scope) query = query.where('sessions.id', '=', scope.sessionId);
  const { count } = await query.executeTakeFirstOrThrow();
  return Number(count);
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

// ---------------------------------------------------------------- sessions

function selectStaffSessions(db: Executor, chamberId: string) {
  const countWithStatus = (status: 'waitlisted' | 'attended', alias: string) =>
    sql<number>`(select count(*) from registrations
      where registrations.session_id = sessions.id and registrations.chamber_id = sessions.chamber_id
        and registrations.status = ${status})`.as(alias);
  return selectSessions(db, chamberId).select([
    countWithStatus('waitlisted', 'waitlisted_count'),
    countWithStatus('attended', 'attended_count'),
  ]);
}

export function listSessions(
  db: Executor,
  chamberId: string,
  filter: { stopId?: string | undefined },
) {
  let query = selectStaffSessions(db, chamberId);
  if (filter.stopId) query = query.where('sessions.stop_id', '=', filter.stopId);
  return query
    .orderBy('sessions.starts_at')
    .orderBy(themeOrder)
    .orderBy(levelOrder)
    .orderBy('sessions.id')
    .execute();
}

export type StaffSessionRow = Awaited<ReturnType<typeof listSessions>>[number];

export function findStaffSession(db: Executor, chamberId: string, sessionId: string) {
  return selectStaffSessions(db, chamberId).where('sessions.id', '=', sessionId).executeTakeFirst();
}

export function insertSession(
  db: Executor,
  chamberId: string,
  session: {
    stopId: string;
    workshopId: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
    now: Date;
  },
) {
  return db
    .insertInto('sessions')
    .values({
      chamber_id: chamberId,
      stop_id: session.stopId,
      workshop_id: session.workshopId,
      starts_at: session.startsAt,
      ends_at: session.endsAt,
      capacity: session.capacity,
      created_at: session.now,
      updated_at: session.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function updateSession(
  db: Executor,
  chamberId: string,
  sessionId: string,
  changes: {
    workshopId?: string | undefined;
    startsAt?: Date | undefined;
    endsAt?: Date | undefined;
    capacity?: number | undefined;
    cancelledAt?: Date | undefined;
    now: Date;
  },
) {
  return db
    .updateTable('sessions')
    .set({
      workshop_id: changes.workshopId,
      starts_at: changes.startsAt,
      ends_at: changes.endsAt,
      capacity: changes.capacity,
      cancelled_at: changes.cancelledAt,
      updated_at: changes.now,
    })
    .where('id', '=', sessionId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

export function deleteSession(db: Executor, chamberId: string, sessionId: string) {
  return db
    .deleteFrom('sessions')
    .where('id', '=', sessionId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** E-mail addresses of the people booked on a session (confirmed or waiting). */
export function listLiveRegistrantEmails(db: Executor, chamberId: string, sessionId: string) {
  return db
    .selectFrom('registrations')
    .innerJoin('artisans', 'artisans.id', 'registrations.artisan_id')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select(['registrations.id', 'users.email'])
    .where('registrations.session_id', '=', sessionId)
    .where('registrations.chamber_id', '=', chamberId)
    .where('registrations.status', 'in', ['confirmed', 'waitlisted'])
    .where('users.email_confirmed_at', 'is not', null)
    .orderBy('registrations.arrival')
    .execute();
}

// ---------------------------------------------------------------- registrants

function selectRegistrants(db: Executor, chamberId: string) {
  return db
    .selectFrom('registrations')
    .innerJoin('artisans', (join) =>
      join
        .onRef('artisans.id', '=', 'registrations.artisan_id')
        .onRef('artisans.chamber_id', '=', 'registrations.chamber_id'),
    )
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select([
      'registrations.id',
      'registrations.session_id',
      'registrations.artisan_id',
      'registrations.status',
      'registrations.arrival',
      'registrations.created_at',
      'artisans.business_name',
      'artisans.commune_name',
      'users.email',
    ])
    .select(waitlistPositionColumn)
    .where('registrations.chamber_id', '=', chamberId);
}

export function listRegistrants(db: Executor, chamberId: string, sessionId: string) {
  return selectRegistrants(db, chamberId)
    .where('registrations.session_id', '=', sessionId)
    .orderBy('registrations.arrival')
    .execute();
}

export type RegistrantRow = Awaited<ReturnType<typeof listRegistrants>>[number];

export function findRegistrant(db: Executor, chamberId: string, registrationId: string) {
  return selectRegistrants(db, chamberId)
    .where('registrations.id', '=', registrationId)
    .executeTakeFirst();
}

/** A registration of the chamber with what attendance depends on, locked. */
export function lockRegistrationWithSession(
  db: Executor,
  chamberId: string,
  registrationId: string,
) {
  return db
    .selectFrom('registrations')
    .innerJoin('sessions', registrationOfSession)
    .select([
      'registrations.id',
      'registrations.status',
      'registrations.session_id',
      'sessions.starts_at',
      'sessions.cancelled_at',
    ])
    .where('registrations.id', '=', registrationId)
    .where('registrations.chamber_id', '=', chamberId)
    .forUpdate('registrations')
    .executeTakeFirst();
}

export function setAttendance(
  db: Executor,
  chamberId: string,
  registrationId: string,
  attended: boolean,
  now: Date,
) {
  return db
    .updateTable('registrations')
    .set({ status: attended ? 'attended' : 'confirmed', updated_at: now })
    .where('id', '=', registrationId)
    .where('chamber_id', '=', chamberId)
    .where('status', 'in', ['confirmed', 'attended'])
    .executeTakeFirst();
}
