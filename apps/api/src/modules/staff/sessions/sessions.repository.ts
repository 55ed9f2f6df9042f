import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import {
  levelOrder,
  registrationOfSession,
  selectSessions,
  stopOfSession,
  themeOrder,
  waitlistPositionColumn,
} from '../../tour/shared.repository.ts';

// Sessions, their registrants and attendance; every query is scoped to the chamber inside its SQL.

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
