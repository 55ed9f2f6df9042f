import type {
  Registrant,
  SessionBody,
  SessionPatch,
  StaffSession,
  StaffStop,
  StopBody,
  StopPatch,
  Tour,
  Workshop,
  WorkshopBody,
  WorkshopPatch,
} from '@capnum/contracts';
import type { z } from 'zod';
import type { Db, Executor } from '../../db/database.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import {
  ConflictError,
  isForeignKeyViolation,
  isUniqueViolation,
  NotFoundError,
  UnprocessableError,
} from '../../lib/errors.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { communeInChamber } from '../communes/commune-chambers.ts';
import {
  countSeatsTaken,
  findSessionForMessage,
  lockSession,
} from '../registrations/registration.repository.ts';
import {
  sessionCancelledEmail,
  sessionChangedEmail,
} from '../registrations/registration-emails.ts';
import { fillFreeSeats } from '../registrations/waitlist.ts';
import { parisDate } from '../tour/paris-time.ts';
import { toStopSummary, toTourSession, toWorkshop } from '../tour/tour.mappers.ts';
import * as repository from './staff-tour.repository.ts';

export interface StaffTourDependencies {
  db: Db;
  clock: Clock;
  link: LinkTo;
}

type Parsed<Schema extends z.ZodType> = z.output<Schema>;

/** "Atelier photo : les bases" → "atelier-photo-les-bases" (a workshop key). */
function keyFromTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

const plural = (count: number, singular: string, plural: string) =>
  `${count} ${count > 1 ? plural : singular}`;

function toTour(row: repository.TourRow): Tour {
  return {
    id: row.id,
    name: row.name,
    stopCount: Number(row.stop_count),
    firstDate: row.first_date,
    lastDate: row.last_date,
    createdAt: row.created_at.toISOString(),
  };
}

function toStaffStop(row: repository.StaffStopRow): StaffStop {
  return {
    ...toStopSummary(row),
    sessionCount: Number(row.session_count ?? 0),
    createdAt: row.created_at.toISOString(),
  };
}

function toStaffSession(row: repository.StaffSessionRow): StaffSession {
  return {
    ...toTourSession(row),
    confirmedCount: Number(row.confirmed_count ?? 0),
    waitlistedCount: Number(row.waitlisted_count),
    attendedCount: Number(row.attended_count),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  };
}

function toRegistrant(row: repository.RegistrantRow): Registrant {
  return {
    id: row.id,
    artisanId: row.artisan_id,
    businessName: row.business_name,
    email: row.email,
    communeName: row.commune_name,
    status: row.status,
    arrival: Number(row.arrival),
    waitlistPosition: row.waitlist_position === null ? null : Number(row.waitlist_position),
    registeredAt: row.created_at.toISOString(),
  };
}

/** Staff management of the van tour, always within the staff member's own chamber. */
export function createStaffTourService({ db, clock, link }: StaffTourDependencies) {
  const audit = (
    trx: Executor,
    claims: AccessClaims,
    action: string,
    details: Record<string, unknown>,
  ) => recordAudit(trx, claims, { action, details });

  const workshopNotFound = () => new NotFoundError('Atelier introuvable.', 'WORKSHOP_NOT_FOUND');
  const tourNotFound = () => new NotFoundError('Tournée introuvable.', 'TOUR_NOT_FOUND');
  const stopNotFound = () => new NotFoundError('Étape introuvable.', 'STOP_NOT_FOUND');
  const sessionNotFound = () => new NotFoundError('Séance introuvable.', 'SESSION_NOT_FOUND');

  async function tourOfChamber(executor: Executor, chamberId: string, tourId: string) {
    const tour = await repository.findTour(executor, chamberId, tourId);
    if (!tour) {
      throw new UnprocessableError(
        'Cette tournée n’existe pas dans votre chambre.',
        'UNKNOWN_TOUR',
        [{ field: 'tourId', message: 'Tournée introuvable.' }],
      );
    }
    return tour;
  }

  async function workshopOfChamber(executor: Executor, chamberId: string, workshopId: string) {
    const workshop = await repository.findWorkshop(executor, chamberId, workshopId);
    if (!workshop) {
      throw new UnprocessableError(
        'Cet atelier n’existe pas dans votre chambre.',
        'UNKNOWN_WORKSHOP',
        [{ field: 'workshopId', message: 'Atelier introuvable.' }],
      );
    }
    return workshop;
  }

  /** A session ends after it starts, both on the stop's calendar day in Paris. */
  function checkTimes(stopDate: string, startsAt: Date, endsAt: Date) {
    if (endsAt.getTime() <= startsAt.getTime()) {
      throw new UnprocessableError(
        'La fin de la séance doit être après son début.',
        'SESSION_ENDS_BEFORE_START',
        [{ field: 'endsAt', message: 'La fin doit être après le début.' }],
      );
    }
    const wrong = [
      ['startsAt', startsAt],
      ['endsAt', endsAt],
    ].filter(([, instant]) => parisDate(instant as Date) !== stopDate);
    if (wrong.length > 0) {
      throw new UnprocessableError(
        `La séance doit avoir lieu le jour de l’étape (${stopDate}, heure de Paris).`,
        'SESSION_NOT_ON_STOP_DATE',
        wrong.map(([field]) => ({
          field: field as string,
          message: `Doit tomber le ${stopDate} (heure de Paris).`,
        })),
      );
    }
  }

  async function emailLiveRegistrants(
    trx: Executor,
    chamberId: string,
    sessionId: string,
    message: typeof sessionCancelledEmail,
  ): Promise<void> {
    const recipients = await repository.listLiveRegistrantEmails(trx, chamberId, sessionId);
    if (recipients.length === 0) return;
    const session = await findSessionForMessage(trx, chamberId, sessionId);
    if (!session) throw new Error(`session ${sessionId} vanished while locked`);
    for (const recipient of recipients) {
      await queueEmail(trx, { chamberId, to: recipient.email, ...message(session, link) });
    }
  }

  async function staffSession(executor: Executor, chamberId: string, sessionId: string) {
    const row = await repository.findStaffSession(executor, chamberId, sessionId);
    if (!row) throw sessionNotFound();
    return toStaffSession(row);
  }

  return {
    // ------------------------------------------------------------ workshops

    async listWorkshops(claims: AccessClaims): Promise<Workshop[]> {
      return (await repository.listWorkshops(db, claims.chamberId)).map(toWorkshop);
    },

    async createWorkshop(
      claims: AccessClaims,
      body: Parsed<typeof WorkshopBody>,
    ): Promise<Workshop> {
      const key = body.key || keyFromTitle(body.title);
      if (!key) {
        throw new UnprocessableError(
          'Impossible de déduire un identifiant de cet intitulé : indiquez-en un.',
          'WORKSHOP_KEY_REQUIRED',
          [{ field: 'key', message: 'Indiquez un identifiant.' }],
        );
      }
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await repository.insertWorkshop(trx, claims.chamberId, { ...body, key });
          await audit(trx, claims, 'workshop.created', { workshopId: row.workshop_id, key });
          return toWorkshop(row);
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictError(
            `Un atelier avec l’identifiant « ${key} » existe déjà dans votre catalogue.`,
            'WORKSHOP_KEY_TAKEN',
          );
        }
        throw error;
      }
    },

    async updateWorkshop(
      claims: AccessClaims,
      workshopId: string,
      patch: Parsed<typeof WorkshopPatch>,
    ): Promise<Workshop> {
      return db.transaction().execute(async (trx) => {
        const row = await repository.updateWorkshop(trx, claims.chamberId, workshopId, patch);
        if (!row) throw workshopNotFound();
        await audit(trx, claims, 'workshop.updated', { workshopId, changes: patch });
        return toWorkshop(row);
      });
    },

    async deleteWorkshop(claims: AccessClaims, workshopId: string): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await repository.findWorkshop(trx, claims.chamberId, workshopId))) {
            throw workshopNotFound();
          }
          const usage = await repository.usageOfWorkshop(trx, claims.chamberId, workshopId);
          if (usage.registrations > 0) {
            throw new ConflictError(
              `Cet atelier a déjà reçu ${plural(usage.registrations, 'inscription', 'inscriptions')} : il ne peut pas être supprimé. Annulez plutôt ses séances (les inscrits seront prévenus par e-mail).`,
              'WORKSHOP_HAS_REGISTRATIONS',
            );
          }
          if (usage.sessions > 0) {
            throw new ConflictError(
              `Cet atelier est programmé dans ${plural(usage.sessions, 'séance', 'séances')} : supprimez d’abord ces séances.`,
              'WORKSHOP_IN_USE',
            );
          }
          await repository.deleteWorkshop(trx, claims.chamberId, workshopId);
          await audit(trx, claims, 'workshop.deleted', { workshopId });
        });
      } catch (error) {
        if (isForeignKeyViolation(error)) {
          throw new ConflictError(
            'Cet atelier vient d’être programmé dans une séance : il ne peut pas être supprimé.',
            'WORKSHOP_IN_USE',
          );
        }
        throw error;
      }
    },

    // ------------------------------------------------------------ tours

    async listTours(claims: AccessClaims): Promise<Tour[]> {
      return (await repository.listTours(db, claims.chamberId)).map(toTour);
    },

    async createTour(claims: AccessClaims, name: string): Promise<Tour> {
      return withTourNameCheck(name, () =>
        db.transaction().execute(async (trx) => {
          const { id } = await repository.insertTour(trx, claims.chamberId, name);
          await audit(trx, claims, 'tour.created', { tourId: id, name });
          const row = await repository.findTour(trx, claims.chamberId, id);
          if (!row) throw new Error('tour vanished after creation');
          return toTour(row);
        }),
      );
    },

    async renameTour(claims: AccessClaims, tourId: string, name: string): Promise<Tour> {
      return withTourNameCheck(name, () =>
        db.transaction().execute(async (trx) => {
          if (!(await repository.renameTour(trx, claims.chamberId, tourId, name))) {
            throw tourNotFound();
          }
          await audit(trx, claims, 'tour.updated', { tourId, changes: { name } });
          const row = await repository.findTour(trx, claims.chamberId, tourId);
          if (!row) throw tourNotFound();
          return toTour(row);
        }),
      );
    },

    async deleteTour(claims: AccessClaims, tourId: string): Promise<void> {
      await withRegistrationsGuard('Cette tournée', () =>
        db.transaction().execute(async (trx) => {
          if (!(await repository.findTour(trx, claims.chamberId, tourId))) throw tourNotFound();
          const registrations = await repository.countRegistrationsUnder(trx, claims.chamberId, {
            tourId,
          });
          if (registrations > 0) {
            throw new ConflictError(
              `Cette tournée a déjà reçu ${plural(registrations, 'inscription', 'inscriptions')} : elle ne peut pas être supprimée. Annulez plutôt les séances concernées (les inscrits seront prévenus par e-mail).`,
              'TOUR_HAS_REGISTRATIONS',
            );
          }
          await repository.deleteTour(trx, claims.chamberId, tourId);
          await audit(trx, claims, 'tour.deleted', { tourId });
        }),
      );
    },

    // ------------------------------------------------------------ stops

    async listStops(claims: AccessClaims, filter: { tourId?: string | undefined }) {
      return (await repository.listStops(db, claims.chamberId, filter)).map(toStaffStop);
    },

    async createStop(claims: AccessClaims, body: Parsed<typeof StopBody>): Promise<StaffStop> {
      return db.transaction().execute(async (trx) => {
        await tourOfChamber(trx, claims.chamberId, body.tourId);
        const commune = await communeInChamber(trx, claims.chamberId, body.communeCode);
        const { id } = await repository.insertStop(trx, claims.chamberId, {
          tourId: body.tourId,
          communeCode: commune.code,
          communeName: commune.name,
          departement: commune.departement,
          date: body.date,
          address: body.address,
        });
        await audit(trx, claims, 'stop.created', {
          stopId: id,
          tourId: body.tourId,
          communeCode: commune.code,
          date: body.date,
        });
        const row = await repository.findStaffStop(trx, claims.chamberId, id);
        if (!row) throw new Error('stop vanished after creation');
        return toStaffStop(row);
      });
    },

    async updateStop(
      claims: AccessClaims,
      stopId: string,
      patch: Parsed<typeof StopPatch>,
    ): Promise<StaffStop> {
      const row = await db.transaction().execute(async (trx) => {
        const stop = await repository.lockStop(trx, claims.chamberId, stopId);
        if (!stop) throw stopNotFound();
        if (patch.tourId) await tourOfChamber(trx, claims.chamberId, patch.tourId);
        const commune = patch.communeCode
          ? await communeInChamber(trx, claims.chamberId, patch.communeCode)
          : undefined;
        const sessions = await repository.listSessionIdsOfStop(trx, claims.chamberId, stopId);
        if (patch.date && patch.date !== stop.date && sessions.length > 0) {
          throw new ConflictError(
            `Cette étape a déjà ${plural(sessions.length, 'séance', 'séances')} le ${stop.date} : déplacez ou supprimez ces séances avant de changer la date de l’étape.`,
            'STOP_HAS_SESSIONS',
          );
        }
        await repository.updateStop(trx, claims.chamberId, stopId, {
          tourId: patch.tourId,
          communeCode: commune?.code,
          communeName: commune?.name,
          departement: commune?.departement,
          date: patch.date,
          address: patch.address,
        });
        await audit(trx, claims, 'stop.updated', { stopId, changes: patch });
        // A new place: the people booked need to know where to go.
        if (commune || patch.address) {
          for (const session of sessions) {
            await emailLiveRegistrants(trx, claims.chamberId, session.id, sessionChangedEmail);
          }
        }
        const updated = await repository.findStaffStop(trx, claims.chamberId, stopId);
        if (!updated) throw stopNotFound();
        return updated;
      });
      return toStaffStop(row);
    },

    async deleteStop(claims: AccessClaims, stopId: string): Promise<void> {
      await withRegistrationsGuard('Cette étape', () =>
        db.transaction().execute(async (trx) => {
          if (!(await repository.lockStop(trx, claims.chamberId, stopId))) throw stopNotFound();
          const registrations = await repository.countRegistrationsUnder(trx, claims.chamberId, {
            stopId,
          });
          if (registrations > 0) {
            throw new ConflictError(
              `Cette étape a déjà reçu ${plural(registrations, 'inscription', 'inscriptions')} : elle ne peut pas être supprimée. Annulez plutôt ses séances (les inscrits seront prévenus par e-mail).`,
              'STOP_HAS_REGISTRATIONS',
            );
          }
          await repository.deleteStop(trx, claims.chamberId, stopId);
          await audit(trx, claims, 'stop.deleted', { stopId });
        }),
      );
    },

    // ------------------------------------------------------------ sessions

    async listSessions(claims: AccessClaims, filter: { stopId?: string | undefined }) {
      return (await repository.listSessions(db, claims.chamberId, filter)).map(toStaffSession);
    },

    async createSession(
      claims: AccessClaims,
      body: Parsed<typeof SessionBody>,
    ): Promise<StaffSession> {
      return db.transaction().execute(async (trx) => {
        const stop = await repository.lockStop(trx, claims.chamberId, body.stopId);
        if (!stop) {
          throw new UnprocessableError(
            'Cette étape n’existe pas dans votre chambre.',
            'UNKNOWN_STOP',
            [{ field: 'stopId', message: 'Étape introuvable.' }],
          );
        }
        await workshopOfChamber(trx, claims.chamberId, body.workshopId);
        const startsAt = new Date(body.startsAt);
        const endsAt = new Date(body.endsAt);
        checkTimes(stop.date, startsAt, endsAt);
        const { id } = await repository.insertSession(trx, claims.chamberId, {
          stopId: stop.id,
          workshopId: body.workshopId,
          startsAt,
          endsAt,
          capacity: body.capacity,
          now: clock.now(),
        });
        await audit(trx, claims, 'session.created', {
          sessionId: id,
          stopId: stop.id,
          workshopId: body.workshopId,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          capacity: body.capacity,
        });
        return staffSession(trx, claims.chamberId, id);
      });
    },

    /**
     * Edits a session with its seats locked. A lower capacity may not drop
     * confirmed people; a higher one serves the waiting list; cancelling is
     * final and e-mails everyone booked; a new time or workshop e-mails them too.
     */
    async updateSession(
      claims: AccessClaims,
      sessionId: string,
      patch: Parsed<typeof SessionPatch>,
    ): Promise<StaffSession> {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const locked = await lockSession(trx, claims.chamberId, sessionId);
        if (!locked) throw sessionNotFound();
        const current = await repository.findStaffSession(trx, claims.chamberId, sessionId);
        if (!current) throw sessionNotFound();
        if (locked.cancelled_at !== null) {
          const onlyCancelling = Object.entries(patch).every(
            ([field, value]) => value === undefined || field === 'cancelled',
          );
          if (onlyCancelling) return toStaffSession(current);
          throw new ConflictError(
            'Cette séance est annulée : elle ne peut plus être modifiée.',
            'SESSION_CANCELLED',
          );
        }
        if (patch.workshopId) await workshopOfChamber(trx, claims.chamberId, patch.workshopId);
        const startsAt = patch.startsAt ? new Date(patch.startsAt) : current.starts_at;
        const endsAt = patch.endsAt ? new Date(patch.endsAt) : current.ends_at;
        const moved =
          startsAt.getTime() !== current.starts_at.getTime() ||
          endsAt.getTime() !== current.ends_at.getTime();
        if (moved) {
          const stop = await repository.lockStop(trx, claims.chamberId, locked.stop_id);
          if (!stop) throw sessionNotFound();
          checkTimes(stop.date, startsAt, endsAt);
        }
        if (patch.capacity !== undefined && patch.capacity < locked.capacity) {
          const taken = await countSeatsTaken(trx, claims.chamberId, sessionId);
          if (patch.capacity < taken) {
            throw new ConflictError(
              `Impossible de réduire la capacité à ${patch.capacity} : ${plural(taken, 'personne a', 'personnes ont')} déjà une place confirmée. Gardez au moins ${taken} places, ou annulez des inscriptions.`,
              'CAPACITY_BELOW_CONFIRMED',
            );
          }
        }
        await repository.updateSession(trx, claims.chamberId, sessionId, {
          workshopId: patch.workshopId,
          startsAt: moved ? startsAt : undefined,
          endsAt: moved ? endsAt : undefined,
          capacity: patch.capacity,
          cancelledAt: patch.cancelled ? now : undefined,
          now,
        });
        await audit(trx, claims, patch.cancelled ? 'session.cancelled' : 'session.updated', {
          sessionId,
          changes: patch,
        });
        if (patch.cancelled) {
          await emailLiveRegistrants(trx, claims.chamberId, sessionId, sessionCancelledEmail);
        } else {
          const workshopChanged =
            patch.workshopId !== undefined && patch.workshopId !== current.workshop_id;
          if (moved || workshopChanged) {
            await emailLiveRegistrants(trx, claims.chamberId, sessionId, sessionChangedEmail);
          }
          if (patch.capacity !== undefined && patch.capacity > locked.capacity) {
            await fillFreeSeats(trx, { ...locked, capacity: patch.capacity }, now, link);
          }
        }
        return staffSession(trx, claims.chamberId, sessionId);
      });
    },

    async deleteSession(claims: AccessClaims, sessionId: string): Promise<void> {
      await withRegistrationsGuard('Cette séance', () =>
        db.transaction().execute(async (trx) => {
          if (!(await lockSession(trx, claims.chamberId, sessionId))) throw sessionNotFound();
          const registrations = await repository.countRegistrationsUnder(trx, claims.chamberId, {
            sessionId,
          });
          if (registrations > 0) {
            throw new ConflictError(
              `Cette séance a déjà reçu ${plural(registrations, 'inscription', 'inscriptions')} : elle ne peut pas être supprimée. Annulez-la plutôt (PATCH avec cancelled: true) : les inscrits seront prévenus par e-mail.`,
              'SESSION_HAS_REGISTRATIONS',
            );
          }
          await repository.deleteSession(trx, claims.chamberId, sessionId);
          await audit(trx, claims, 'session.deleted', { sessionId });
        }),
      );
    },

    // ------------------------------------------------------------ registrants and attendance

    async listRegistrants(claims: AccessClaims, sessionId: string): Promise<Registrant[]> {
      if (!(await repository.findStaffSession(db, claims.chamberId, sessionId))) {
        throw sessionNotFound();
      }
      return (await repository.listRegistrants(db, claims.chamberId, sessionId)).map(toRegistrant);
    },

    /** Marks a confirmed person present (or back to absent) once the session has started. */
    async markAttendance(
      claims: AccessClaims,
      registrationId: string,
      attended: boolean,
    ): Promise<Registrant> {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const registration = await repository.lockRegistrationWithSession(
          trx,
          claims.chamberId,
          registrationId,
        );
        if (!registration) {
          throw new NotFoundError('Inscription introuvable.', 'REGISTRATION_NOT_FOUND');
        }
        if (registration.status !== 'confirmed' && registration.status !== 'attended') {
          throw new ConflictError(
            registration.status === 'waitlisted'
              ? 'Cette personne est sur la liste d’attente : seule une inscription confirmée peut être pointée.'
              : 'Cette inscription a été annulée : elle ne peut pas être pointée.',
            'REGISTRATION_NOT_CONFIRMED',
          );
        }
        if (registration.cancelled_at !== null) {
          throw new UnprocessableError(
            'Cette séance a été annulée : la présence ne peut pas être pointée.',
            'SESSION_CANCELLED',
          );
        }
        if (registration.starts_at.getTime() > now.getTime()) {
          throw new UnprocessableError(
            'Cette séance n’a pas encore commencé : la présence se pointe à partir de son début.',
            'SESSION_NOT_STARTED',
          );
        }
        await repository.setAttendance(trx, claims.chamberId, registrationId, attended, now);
        await audit(trx, claims, 'registration.attendance', {
          registrationId,
          sessionId: registration.session_id,
          attended,
        });
        const row = await repository.findRegistrant(trx, claims.chamberId, registrationId);
        if (!row) throw new Error('registration vanished while locked');
        return toRegistrant(row);
      });
    },
  };
}

/** Tour names are unique within a chamber. */
async function withTourNameCheck<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`Une tournée nommée « ${name} » existe déjà.`, 'TOUR_NAME_TAKEN');
    }
    throw error;
  }
}

/** A registration that arrived between our check and the delete: the foreign key refuses. */
async function withRegistrationsGuard<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new ConflictError(
        `${what} vient de recevoir une inscription : elle ne peut pas être supprimée.`,
        'HAS_REGISTRATIONS',
      );
    }
    throw error;
  }
}

export type StaffTourService = ReturnType<typeof createStaffTourService>;
