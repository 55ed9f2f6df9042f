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
import type { LinkTo } from '../../lib/mailer.ts';
import { type Owner, ownerOf } from '../../lib/owner.ts';
import { slugify } from '../../lib/slug.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { toStopSummary, toTourSession } from '../tour/tour.mappers.ts';
import { buildCalendar } from './ics.ts';
import * as repository from './registration.repository.ts';
import { fillFreeSeats } from './waitlist.ts';

/** E-mails and calendar files write '14 h 00', so that times line up. */
const ALWAYS_MINUTES = { minutes: 'always' } as const;

export interface RegistrationDependencies {
  db: Db;
  clock: Clock;
  link: LinkTo;
}

export const SESSION_NOT_FOUND = 'Séance introuvable.';
export const CALENDAR_PRODUCT_ID = '-//CMA//Cap Numerique//FR';

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
          return {
            id: row.id,
            sessionId: row.session_id,
            status,
            waitlistPosition:
              status === 'waitlisted'
                ? await repository.waitlistPosition(trx, booker.chamberId, sessionId, row.arrival)
                : null,
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
     * The session as an iCalendar file. Any artisan of the chamber may download
     * it, booked or not: it only holds what the stop list already shows.
     */
    async calendar(
      claims: AccessClaims,
      sessionId: string,
    ): Promise<{ fileName: string; content: string }> {
      const session = await repository.findSessionWithStop(db, claims.chamberId, sessionId);
      if (!session) throw sessionNotFound();
      const content = buildCalendar(
        {
          uid: `session-${session.id}@cap-numerique`,
          stamp: clock.now(),
          start: session.starts_at,
          end: session.ends_at,
          summary: `Van numérique : ${session.workshop_title}`,
          location: `${session.stop_address}, ${session.stop_commune_name}`,
          description: [
            session.workshop_description,
            '',
            `Atelier du van numérique, ${frenchLongDate(session.stop_date)} de ${frenchTime(session.starts_at, ALWAYS_MINUTES)} à ${frenchTime(session.ends_at, ALWAYS_MINUTES)}.`,
            `${session.chamber_name}`,
          ].join('\n'),
          status: session.cancelled_at === null ? 'CONFIRMED' : 'CANCELLED',
        },
        CALENDAR_PRODUCT_ID,
      );
      return {
        fileName: `atelier-${session.stop_date}-${slugify(session.stop_commune_name)}.ics`,
        content,
      };
    },
  };
}

function alreadyRegistered() {
  return new ConflictError(
    'Vous êtes déjà inscrit à cette séance (ou sur sa liste d’attente).',
    'ALREADY_REGISTERED',
  );
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
