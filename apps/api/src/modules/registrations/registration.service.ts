import type { MyRegistrationList, Registration } from '@capnum/contracts';
import { frenchLongDate, frenchTime } from '@capnum/contracts/paris-time';
import type { Db, Executor } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  ConflictError,
  ForbiddenError,
  isUniqueViolation,
  NotFoundError,
  UnprocessableError,
} from '../../lib/errors.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import { type Owner, ownerOf } from '../../lib/owner.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { toStopSummary, toTourSession } from '../tour/tour.mappers.ts';
import { bookingCalendar, type CalendarStanding } from './booking-calendar.ts';
import * as repository from './registration.repository.ts';
import { bookedEmail, waitlistedEmail } from './registration-emails.ts';
import { fillFreeSeats } from './waitlist.ts';

/** E-mails and calendar files write '14 h 00', so that times line up. */
const ALWAYS_MINUTES = { minutes: 'always' } as const;

export interface RegistrationDependencies {
  db: Db;
  clock: Clock;
  link: LinkTo;
}

export const SESSION_NOT_FOUND = 'Séance introuvable.';

const when = (instant: Date) => frenchTime(instant, ALWAYS_MINUTES);

/**
 * One person, one place at a time: no two bookings at the same stop whose hours overlap,
 * and one seat per workshop (a place on a waiting list elsewhere does not count, so an
 * artisan may wait at one stop and hold a seat at another).
 */
async function refuseClashes(
  trx: Executor,
  booker: Owner,
  session: repository.LockedSession,
  now: Date,
): Promise<void> {
  const clashes = await repository.findClashingBookings(trx, booker, session, now);
  const overlap = clashes.find(
    (clash) =>
      clash.stop_id === session.stop_id &&
      clash.starts_at < session.ends_at &&
      clash.ends_at > session.starts_at,
  );
  if (overlap) {
    throw new ConflictError(
      `Vous êtes déjà ${overlap.status === 'waitlisted' ? 'en liste d’attente' : 'inscrit'} à « ${overlap.title} » de ${when(overlap.starts_at)} à ${when(overlap.ends_at)} à cette étape, et les deux séances se chevauchent. Annulez d’abord cette inscription (dans « Mes ateliers ») si vous préférez celle-ci.`,
      'SESSION_OVERLAP',
    );
  }
  const sameWorkshop = clashes.find(
    (clash) => clash.workshop_id === session.workshop_id && clash.status === 'confirmed',
  );
  if (sameWorkshop) {
    throw new ConflictError(
      `Vous avez déjà une place à l’atelier « ${sameWorkshop.title} » à l’étape de ${sameWorkshop.commune_name} le ${frenchLongDate(sameWorkshop.date)}. Pour venir plutôt à celle-ci, annulez d’abord l’autre inscription dans « Mes ateliers » : votre place ira à la personne suivante sur la liste d’attente.`,
      'WORKSHOP_ALREADY_BOOKED',
    );
  }
}

export function createRegistrationService({ db, clock, link }: RegistrationDependencies) {
  /** The booking's e-mail, with its calendar file, queued with the booking itself. */
  async function emailBooking(
    trx: Executor,
    booker: Owner,
    sessionId: string,
    waitlistPosition: number | null,
    now: Date,
  ): Promise<void> {
    const session = await repository.findSessionForMessage(trx, booker.chamberId, sessionId);
    const [recipient] = await repository.findArtisanEmails(trx, booker.chamberId, [
      booker.artisanId,
    ]);
    if (!session || !recipient) return;
    const calendar = bookingCalendar(
      session,
      waitlistPosition === null
        ? { kind: 'booked' }
        : { kind: 'waitlisted', position: waitlistPosition },
      now,
    );
    await queueEmail(trx, {
      chamberId: booker.chamberId,
      to: recipient.email,
      ...(waitlistPosition === null
        ? bookedEmail(session, link)
        : waitlistedEmail(session, waitlistPosition, link)),
      attachments: [
        { filename: calendar.fileName, content: calendar.content, contentType: 'text/calendar' },
      ],
    });
  }

  const sessionNotFound = () => new NotFoundError(SESSION_NOT_FOUND, 'SESSION_NOT_FOUND');

  return {
    /**
     * Books a seat, or a place on the waiting list when the session is full.
     * The session row stays locked from the count to the insert, so concurrent
     * bookings are served one at a time and never exceed the capacity.
     */
    async register(claims: AccessClaims, sessionId: string): Promise<Registration> {
      const booker = ownerOf(claims);
      const now = clock.now();
      try {
        return await db.transaction().execute(async (trx) => {
          // A booking e-mails the person: their address must be theirs first.
          if (!(await repository.hasConfirmedEmail(trx, booker))) {
            throw new ForbiddenError(
              'Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous vous avons envoyé à l’inscription (vous pouvez en demander un nouveau depuis votre espace). Vous pourrez ensuite réserver votre place.',
              'EMAIL_NOT_CONFIRMED',
            );
          }
          // The booker first, then the session: the same order as every other booking.
          await repository.lockBooker(trx, booker);
          const session = await repository.lockSession(trx, booker.chamberId, sessionId);
          if (!session) throw sessionNotFound();
          if (session.cancelled_at !== null) {
            throw new UnprocessableError(
              'Cette séance a été annulée : choisissez-en une autre.',
              'SESSION_CANCELLED',
            );
          }
          if (session.starts_at.getTime() <= now.getTime()) {
            throw new UnprocessableError(
              'Cette séance a déjà commencé ou est passée : les inscriptions sont closes.',
              'SESSION_STARTED',
            );
          }
          if (await repository.findLiveRegistration(trx, booker, sessionId)) {
            throw alreadyRegistered();
          }
          await refuseClashes(trx, booker, session, now);
          const taken = await repository.countSeatsTaken(trx, booker.chamberId, sessionId);
          const status = taken < session.capacity ? 'confirmed' : 'waitlisted';
          const row = await repository.insertRegistration(trx, booker, { sessionId, status, now });
          const waitlistPosition =
            status === 'waitlisted'
              ? await repository.waitlistPosition(trx, booker.chamberId, sessionId, row.arrival)
              : null;
          await emailBooking(trx, booker, sessionId, waitlistPosition, now);
          return {
            id: row.id,
            sessionId: row.session_id,
            status,
            waitlistPosition,
            registeredAt: row.created_at.toISOString(),
          };
        });
      } catch (error) {
        // The partial unique index caught a second live registration.
        if (isUniqueViolation(error)) throw alreadyRegistered();
        throw error;
      }
    },

    /** Cancels my booking; a freed seat goes to the first person waiting, who gets an e-mail. */
    async cancel(claims: AccessClaims, sessionId: string): Promise<void> {
      const booker = ownerOf(claims);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const session = await repository.lockSession(trx, booker.chamberId, sessionId);
        if (!session) throw sessionNotFound();
        const registration = await repository.findLiveRegistration(trx, booker, sessionId);
        if (!registration) {
          throw new NotFoundError(
            'Vous n’avez pas d’inscription en cours à cette séance.',
            'REGISTRATION_NOT_FOUND',
          );
        }
        if (session.starts_at.getTime() <= now.getTime()) {
          throw new UnprocessableError(
            'Cette séance a déjà commencé ou est passée : l’inscription ne peut plus être annulée.',
            'SESSION_STARTED',
          );
        }
        await repository.cancelRegistration(trx, booker, registration.id, now);
        if (registration.status === 'confirmed') await fillFreeSeats(trx, session, now, link);
      });
    },

    async listMine(claims: AccessClaims): Promise<MyRegistrationList> {
      const rows = await repository.listLiveRegistrations(db, ownerOf(claims));
      return {
        registrations: rows.map((row) => ({
          id: row.registration_id,
          status: row.registration_status as 'confirmed' | 'waitlisted' | 'attended',
          waitlistPosition: row.waitlist_position === null ? null : Number(row.waitlist_position),
          registeredAt: row.registered_at.toISOString(),
          session: toTourSession(row),
          stop: toStopSummary({
            id: row.stop_id,
            tour_id: row.stop_tour_id,
            commune_code: row.stop_commune_code,
            commune_name: row.stop_commune_name,
            departement: row.stop_departement,
            date: row.stop_date,
            address: row.stop_address,
          }),
        })),
      };
    },

    /**
     * The session as an iCalendar file. Any artisan of the chamber may download it, booked
     * or not; for the artisan's own booking it says where they stand (waiting list, rank,
     * cancelled).
     */
    async calendar(
      claims: AccessClaims,
      sessionId: string,
    ): Promise<{ fileName: string; content: string }> {
      const session = await repository.findSessionForMessage(db, claims.chamberId, sessionId);
      if (!session) throw sessionNotFound();
      const standing = claims.artisanId
        ? await standingOf(
            db,
            { artisanId: claims.artisanId, chamberId: claims.chamberId },
            sessionId,
          )
        : ({ kind: 'none' } as const);
      return bookingCalendar(session, standing, clock.now());
    },
  };
}

/** Where an artisan stands for a session: seat, waiting-list rank, cancelled, or nothing. */
async function standingOf(
  db: Executor,
  booker: Owner,
  sessionId: string,
): Promise<CalendarStanding> {
  const live = await repository.findLiveRegistration(db, booker, sessionId);
  if (live?.status === 'waitlisted') {
    const position = await repository.waitlistPosition(
      db,
      booker.chamberId,
      sessionId,
      live.arrival,
    );
    return { kind: 'waitlisted', position };
  }
  if (live) return { kind: 'booked' };
  if (await repository.hasCancelledRegistration(db, booker, sessionId))
    return { kind: 'cancelled' };
  return { kind: 'none' };
}

function alreadyRegistered() {
  return new ConflictError(
    'Vous êtes déjà inscrit à cette séance (ou sur sa liste d’attente).',
    'ALREADY_REGISTERED',
  );
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
