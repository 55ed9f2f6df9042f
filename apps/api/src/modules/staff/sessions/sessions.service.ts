import type { Registrant, SessionBody, SessionPatch, StaffSession } from '@capnum/contracts';
import type { z } from 'zod';
import type { Db, Executor } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Clock } from '../../../lib/clock.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '../../../lib/errors.ts';
import { countOf } from '../../../lib/french.ts';
import type { LinkTo } from '../../../lib/mailer.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import { emailLiveRegistrants } from '../../registrations/registrant-emails.ts';
import { countSeatsTaken, lockSession } from '../../registrations/registration.repository.ts';
import {
  sessionCancelledEmail,
  sessionChangedEmail,
} from '../../registrations/registration-emails.ts';
import { fillFreeSeats } from '../../registrations/waitlist.ts';
import { lockStop } from '../itinerary/itinerary.repository.ts';
import { toRegistrant, toStaffSession } from '../staff.mappers.ts';
import { withRegistrationsGuard } from '../staff-guards.ts';
import { findWorkshop } from '../workshops/workshops.repository.ts';
import { checkSessionTimes } from './session-times.ts';
import * as repository from './sessions.repository.ts';

export interface StaffSessionsDependencies {
  db: Db;
  clock: Clock;
  link: LinkTo;
}

const sessionNotFound = () => new NotFoundError('Séance introuvable.', 'SESSION_NOT_FOUND');

async function workshopOfChamber(executor: Executor, chamberId: string, workshopId: string) {
  if (!(await findWorkshop(executor, chamberId, workshopId))) {
    throw new UnprocessableError(
      'Cet atelier n’existe pas dans votre chambre.',
      'UNKNOWN_WORKSHOP',
      [{ field: 'workshopId', message: 'Atelier introuvable.' }],
    );
  }
}

async function staffSession(executor: Executor, chamberId: string, sessionId: string) {
  const row = await repository.findStaffSession(executor, chamberId, sessionId);
  if (!row) throw sessionNotFound();
  return toStaffSession(row);
}

/** Sessions at the stops, their seats, their registrants and attendance, within the chamber. */
export function createStaffSessionsService({ db, clock, link }: StaffSessionsDependencies) {
  return {
    async list(claims: AccessClaims, filter: { stopId?: string | undefined }) {
      return (await repository.listSessions(db, claims.chamberId, filter)).map(toStaffSession);
    },

    async create(claims: AccessClaims, body: z.output<typeof SessionBody>): Promise<StaffSession> {
      return db.transaction().execute(async (trx) => {
        const stop = await lockStop(trx, claims.chamberId, body.stopId);
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
        checkSessionTimes(stop.date, startsAt, endsAt);
        const { id } = await repository.insertSession(trx, claims.chamberId, {
          stopId: stop.id,
          workshopId: body.workshopId,
          startsAt,
          endsAt,
          capacity: body.capacity,
          now: clock.now(),
        });
        await recordAudit(trx, claims, {
          action: 'session.created',
          details: {
            sessionId: id,
            stopId: stop.id,
            workshopId: body.workshopId,
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            capacity: body.capacity,
          },
        });
        return staffSession(trx, claims.chamberId, id);
      });
    },

    /**
     * Edits a session with its seats locked. A lower capacity may not drop
     * confirmed people; a higher one serves the waiting list; cancelling is
     * final and e-mails everyone booked; a new time or workshop e-mails them too.
     */
    async update(
      claims: AccessClaims,
      sessionId: string,
      patch: z.output<typeof SessionPatch>,
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
          const stop = await lockStop(trx, claims.chamberId, locked.stop_id);
          if (!stop) throw sessionNotFound();
          checkSessionTimes(stop.date, startsAt, endsAt);
        }
        if (patch.capacity !== undefined && patch.capacity < locked.capacity) {
          const taken = await countSeatsTaken(trx, claims.chamberId, sessionId);
          if (patch.capacity < taken) {
            throw new ConflictError(
              `Impossible de réduire la capacité à ${patch.capacity} : ${countOf(taken, 'personne a', 'personnes ont')} déjà une place confirmée. Gardez au moins ${taken} places, ou annulez des inscriptions.`,
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
        await recordAudit(trx, claims, {
          action: patch.cancelled ? 'session.cancelled' : 'session.updated',
          details: { sessionId, changes: patch },
        });
        if (patch.cancelled) {
          await emailLiveRegistrants(trx, claims.chamberId, sessionId, sessionCancelledEmail, link);
        } else {
          const workshopChanged =
            patch.workshopId !== undefined && patch.workshopId !== current.workshop_id;
          if (moved || workshopChanged) {
            await emailLiveRegistrants(trx, claims.chamberId, sessionId, sessionChangedEmail, link);
          }
          if (patch.capacity !== undefined && patch.capacity > locked.capacity) {
            await fillFreeSeats(trx, { ...locked, capacity: patch.capacity }, now, link);
          }
        }
        return staffSession(trx, claims.chamberId, sessionId);
      });
    },

    async remove(claims: AccessClaims, sessionId: string): Promise<void> {
      await withRegistrationsGuard('Cette séance', 'SESSION_HAS_REGISTRATIONS', () =>
        db.transaction().execute(async (trx) => {
          if (!(await lockSession(trx, claims.chamberId, sessionId))) throw sessionNotFound();
          const registrations = await repository.countRegistrationsUnder(trx, claims.chamberId, {
            sessionId,
          });
          if (registrations > 0) {
            throw new ConflictError(
              `Cette séance a déjà reçu ${countOf(registrations, 'inscription')} : elle ne peut pas être supprimée. Annulez-la plutôt (PATCH avec cancelled: true) : les inscrits seront prévenus par e-mail.`,
              'SESSION_HAS_REGISTRATIONS',
            );
          }
          await repository.deleteSession(trx, claims.chamberId, sessionId);
          await recordAudit(trx, claims, { action: 'session.deleted', details: { sessionId } });
        }),
      );
    },

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
        await recordAudit(trx, claims, {
          action: 'registration.attendance',
          details: { registrationId, sessionId: registration.session_id, attended },
        });
        const row = await repository.findRegistrant(trx, claims.chamberId, registrationId);
        if (!row) throw new Error('registration vanished while locked');
        return toRegistrant(row);
      });
    },
  };
}

export type StaffSessionsService = ReturnType<typeof createStaffSessionsService>;
