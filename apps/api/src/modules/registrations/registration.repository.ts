import type { Executor } from '../../db/database.ts';
import type { Owner } from '../../lib/owner.ts';
import {
  registrationOfSession,
  SEAT_HOLDING_STATUSES,
  selectSessions,
  stopOfSession,
  waitlistPositionColumn,
  workshopOfSession,
} from '../tour/shared.repository.ts';

/**
 * Locks a session of the chamber for the rest of the transaction: every change
 * of its seats goes through this lock, so no interleaving can overbook it.
 */
export function lockSession(db: Executor, chamberId: string, sessionId: string) {
  return db
    .selectFrom('sessions')
    .select([
      'id',
      'chamber_id',
      'stop_id',
      'workshop_id',
      'capacity',
      'starts_at',
      'ends_at',
      'cancelled_at',
    ])
    .where('id', '=', sessionId)
    .where('chamber_id', '=', chamberId)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Locks the booker's business row: one artisan's bookings are then made one at a time,
 * so the rules across sessions (no overlap, one seat per workshop) hold under concurrency
 * even though each booking locks a different session.
 */
export function lockBooker(db: Executor, booker: Owner) {
  return db
    .selectFrom('artisans')
    .select('id')
    .where('id', '=', booker.artisanId)
    .where('chamber_id', '=', booker.chamberId)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * Registrations with their session, workshop and stop, each join keyed by the chamber too:
 * the base of every list of someone's bookings (clashes, the data export).
 */
export function bookingsWithSessions(db: Executor) {
  return db
    .selectFrom('registrations as r')
    .innerJoin('sessions as s', (join) =>
      join.onRef('s.id', '=', 'r.session_id').onRef('s.chamber_id', '=', 'r.chamber_id'),
    )
    .innerJoin('workshops as w', (join) =>
      join.onRef('w.id', '=', 's.workshop_id').onRef('w.chamber_id', '=', 's.chamber_id'),
    )
    .innerJoin('stops as st', (join) =>
      join.onRef('st.id', '=', 's.stop_id').onRef('st.chamber_id', '=', 's.chamber_id'),
    );
}

/**
 * The booker's live bookings (seat or waiting list) of other sessions still to come that
 * clash with this one: same stop and overlapping hours, or the same workshop.
 */
export function findClashingBookings(
  db: Executor,
  booker: Owner,
  session: Pick<LockedSession, 'id' | 'stop_id' | 'workshop_id' | 'starts_at' | 'ends_at'>,
  now: Date,
) {
  return bookingsWithSessions(db)
    .select([
      'r.status',
      's.id as session_id',
      's.stop_id',
      's.workshop_id',
      's.starts_at',
      's.ends_at',
      'w.title',
      'st.commune_name',
      'st.date',
    ])
    .where('r.artisan_id', '=', booker.artisanId)
    .where('r.chamber_id', '=', booker.chamberId)
    .where('r.status', 'in', ['confirmed', 'waitlisted'])
    .where('s.id', '<>', session.id)
    .where('s.cancelled_at', 'is', null)
    .where('s.starts_at', '>', now)
    .where((eb) =>
      eb.or([
        eb('s.workshop_id', '=', session.workshop_id),
        eb.and([
          eb('s.stop_id', '=', session.stop_id),
          eb('s.starts_at', '<', session.ends_at),
          eb('s.ends_at', '>', session.starts_at),
        ]),
      ]),
    )
    .orderBy('s.starts_at')
    .execute();
}

export type LockedSession = NonNullable<Awaited<ReturnType<typeof lockSession>>>;

/** The registrations of a session of the chamber. */
function registrationsOfSession(db: Executor, chamberId: string, sessionId: string) {
  return db
    .selectFrom('registrations')
    .where('session_id', '=', sessionId)
    .where('chamber_id', '=', chamberId);
}

/** The waiting list of a session of the chamber. */
function waitlistOf(db: Executor, chamberId: string, sessionId: string) {
  return registrationsOfSession(db, chamberId, sessionId).where('status', '=', 'waitlisted');
}

async function countRows(query: ReturnType<typeof registrationsOfSession>) {
  const { count } = await query
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export function countSeatsTaken(db: Executor, chamberId: string, sessionId: string) {
  return countRows(
    registrationsOfSession(db, chamberId, sessionId).where('status', 'in', SEAT_HOLDING_STATUSES),
  );
}

/** The artisan's registration to a session that is not cancelled, if any. */
export function findLiveRegistration(db: Executor, booker: Owner, sessionId: string) {
  return db
    .selectFrom('registrations')
    .select(['id', 'status', 'arrival'])
    .where('session_id', '=', sessionId)
    .where('artisan_id', '=', booker.artisanId)
    .where('chamber_id', '=', booker.chamberId)
    .where('status', '<>', 'cancelled')
    .executeTakeFirst();
}

export function insertRegistration(
  db: Executor,
  booker: Owner,
  registration: { sessionId: string; status: 'confirmed' | 'waitlisted'; now: Date },
) {
  return db
    .insertInto('registrations')
    .values({
      session_id: registration.sessionId,
      artisan_id: booker.artisanId,
      chamber_id: booker.chamberId,
      status: registration.status,
      created_at: registration.now,
      updated_at: registration.now,
    })
    .returning(['id', 'session_id', 'status', 'arrival', 'created_at'])
    .executeTakeFirstOrThrow();
}

/** Rank in the waiting list (1 = next served) of a waitlisted registration. */
export function waitlistPosition(
  db: Executor,
  chamberId: string,
  sessionId: string,
  arrival: number,
) {
  return countRows(waitlistOf(db, chamberId, sessionId).where('arrival', '<=', arrival));
}

export function cancelRegistration(db: Executor, booker: Owner, registrationId: string, now: Date) {
  return db
    .updateTable('registrations')
    .set({ status: 'cancelled', cancelled_at: now, updated_at: now })
    .where('id', '=', registrationId)
    .where('artisan_id', '=', booker.artisanId)
    .where('chamber_id', '=', booker.chamberId)
    .where('status', '<>', 'cancelled')
    .returning(['id', 'status'])
    .executeTakeFirst();
}

/** Confirms the first `seats` waitlisted registrations, in arrival order. */
export function promoteWaitlisted(
  db: Executor,
  chamberId: string,
  sessionId: string,
  seats: number,
  now: Date,
) {
  return db
    .updateTable('registrations')
    .set({ status: 'confirmed', updated_at: now })
    .where(
      'id',
      'in',
      waitlistOf(db, chamberId, sessionId).select('id').orderBy('arrival').limit(seats),
    )
    .where('chamber_id', '=', chamberId)
    .returning(['id', 'artisan_id', 'arrival'])
    .execute();
}

/** What an e-mail about a session needs: its workshop, stop and chamber. */
export function findSessionForMessage(db: Executor, chamberId: string, sessionId: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('workshops', workshopOfSession)
    .innerJoin('stops', stopOfSession)
    .innerJoin('chambers', 'chambers.id', 'sessions.chamber_id')
    .select([
      'sessions.id',
      'sessions.starts_at',
      'sessions.ends_at',
      'sessions.cancelled_at',
      'workshops.title as workshop_title',
      'workshops.description as workshop_description',
      'stops.date',
      'stops.commune_name',
      'stops.address',
      'chambers.name as chamber_name',
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.chamber_id', '=', chamberId)
    .executeTakeFirst();
}

export type SessionForMessage = NonNullable<Awaited<ReturnType<typeof findSessionForMessage>>>;

/** E-mail addresses of some artisans of a chamber. */
/** Confirmed addresses only: nothing is e-mailed to an address nobody proved. */
export function findArtisanEmails(db: Executor, chamberId: string, artisanIds: readonly string[]) {
  if (artisanIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('artisans')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select(['artisans.id', 'users.email', 'artisans.business_name'])
    .where('artisans.id', 'in', artisanIds)
    .where('artisans.chamber_id', '=', chamberId)
    .where('users.email_confirmed_at', 'is not', null)
    .execute();
}

export async function hasConfirmedEmail(db: Executor, booker: Owner): Promise<boolean> {
  const row = await db
    .selectFrom('artisans')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select('users.email_confirmed_at')
    .where('artisans.id', '=', booker.artisanId)
    .where('artisans.chamber_id', '=', booker.chamberId)
    .executeTakeFirst();
  return row?.email_confirmed_at != null;
}

/** The artisan's live bookings, with session, workshop, stop and waitlist rank, by start time. */
export function listLiveRegistrations(db: Executor, booker: Owner) {
  return selectSessions(db, booker.chamberId)
    .innerJoin('registrations', registrationOfSession)
    .innerJoin('stops', stopOfSession)
    .select([
      'registrations.id as registration_id',
      'registrations.status as registration_status',
      'registrations.created_at as registered_at',
      'stops.tour_id as stop_tour_id',
      'stops.commune_code as stop_commune_code',
      'stops.commune_name as stop_commune_name',
      'stops.departement as stop_departement',
      'stops.date as stop_date',
      'stops.address as stop_address',
    ])
    .select(waitlistPositionColumn)
    .where('registrations.artisan_id', '=', booker.artisanId)
    .where('registrations.chamber_id', '=', booker.chamberId)
    .where('registrations.status', '<>', 'cancelled')
    .orderBy('sessions.starts_at')
    .orderBy('sessions.id')
    .execute();
}

/** A session of the chamber with its stop, for the calendar file. */
export function findSessionWithStop(db: Executor, chamberId: string, sessionId: string) {
  return selectSessions(db, chamberId)
    .innerJoin('stops', stopOfSession)
    .innerJoin('chambers', 'chambers.id', 'sessions.chamber_id')
    .select([
      'stops.date as stop_date',
      'stops.commune_name as stop_commune_name',
      'stops.address as stop_address',
      'chambers.name as chamber_name',
    ])
    .where('sessions.id', '=', sessionId)
    .executeTakeFirst();
}

/** Whether the artisan once booked this session and cancelled (no live booking left). */
export async function hasCancelledRegistration(
  db: Executor,
  booker: Owner,
  sessionId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('artisan_id', '=', booker.artisanId)
    .where('chamber_id', '=', booker.chamberId)
    .where('status', '=', 'cancelled')
    .executeTakeFirst();
  return row !== undefined;
}

/** The sessions not yet started on which an artisan holds a live registration. */
export function listUpcomingLiveSessionIds(db: Executor, booker: Owner, now: Date) {
  return db
    .selectFrom('registrations')
    .innerJoin('sessions', registrationOfSession)
    .select('sessions.id')
    .where('registrations.artisan_id', '=', booker.artisanId)
    .where('registrations.chamber_id', '=', booker.chamberId)
    .where('registrations.status', 'in', ['confirmed', 'waitlisted'])
    .where('sessions.starts_at', '>', now)
    .orderBy('sessions.id')
    .execute();
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
