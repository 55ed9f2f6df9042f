import {
  type CommuneSearchResponse,
  excerpt,
  type StaffStop,
  type StopBody,
  type StopPatch,
  type Tour,
} from '@capnum/contracts';
import type { z } from 'zod';
import type { Db, Executor } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import {
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  UnprocessableError,
} from '../../../lib/errors.ts';
import { countOf } from '../../../lib/french.ts';
import type { LinkTo } from '../../../lib/mailer.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import { communeInChamber } from '../../communes/commune-chambers.ts';
import { searchCommunes } from '../../communes/commune-directory.ts';
import { emailLiveRegistrants } from '../../registrations/registrant-emails.ts';
import { sessionChangedEmail } from '../../registrations/registration-emails.ts';
import { countRegistrationsUnder } from '../sessions/sessions.repository.ts';
import { toStaffStop, toTour } from '../staff.mappers.ts';
import { withRegistrationsGuard } from '../staff-guards.ts';
import * as repository from './itinerary.repository.ts';

const tourNotFound = () => new NotFoundError('Tournée introuvable.', 'TOUR_NOT_FOUND');
const stopNotFound = () => new NotFoundError('Étape introuvable.', 'STOP_NOT_FOUND');

/** Tour names are unique within a chamber. */
async function withTourNameCheck<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        `Une tournée nommée « ${excerpt(name)} » existe déjà.`,
        'TOUR_NAME_TAKEN',
      );
    }
    throw error;
  }
}

async function tourOfChamber(executor: Executor, chamberId: string, tourId: string) {
  const tour = await repository.findTour(executor, chamberId, tourId);
  if (!tour) {
    throw new UnprocessableError('Cette tournée n’existe pas dans votre chambre.', 'UNKNOWN_TOUR', [
      { field: 'tourId', message: 'Tournée introuvable.' },
    ]);
  }
  return tour;
}

/** The van's itinerary: tours and their stops, always within the staff member's chamber. */
export function createItineraryService({ db, link }: { db: Db; link: LinkTo }) {
  return {
    /** The stop form's commune search: only the communes of the staff member's chamber. */
    async communes(claims: AccessClaims, query: string): Promise<CommuneSearchResponse> {
      const chamber = await db
        .selectFrom('chambers')
        .select('departements')
        .where('id', '=', claims.chamberId)
        .executeTakeFirstOrThrow();
      return { communes: searchCommunes(query, 10, chamber.departements) };
    },

    async listTours(claims: AccessClaims): Promise<Tour[]> {
      return (await repository.listTours(db, claims.chamberId)).map(toTour);
    },

    async createTour(claims: AccessClaims, name: string): Promise<Tour> {
      return withTourNameCheck(name, () =>
        db.transaction().execute(async (trx) => {
          const { id } = await repository.insertTour(trx, claims.chamberId, name);
          await recordAudit(trx, claims, { action: 'tour.created', details: { tourId: id, name } });
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
          await recordAudit(trx, claims, {
            action: 'tour.updated',
            details: { tourId, changes: { name } },
          });
          const row = await repository.findTour(trx, claims.chamberId, tourId);
          if (!row) throw tourNotFound();
          return toTour(row);
        }),
      );
    },

    async deleteTour(claims: AccessClaims, tourId: string): Promise<void> {
      await withRegistrationsGuard('Cette tournée', 'TOUR_HAS_REGISTRATIONS', () =>
        db.transaction().execute(async (trx) => {
          if (!(await repository.findTour(trx, claims.chamberId, tourId))) throw tourNotFound();
          const registrations = await countRegistrationsUnder(trx, claims.chamberId, { tourId });
          if (registrations > 0) {
            throw new ConflictError(
              `Cette tournée a déjà reçu ${countOf(registrations, 'inscription')} : elle ne peut pas être supprimée. Annulez plutôt les séances concernées (les inscrits seront prévenus par e-mail).`,
              'TOUR_HAS_REGISTRATIONS',
            );
          }
          await repository.deleteTour(trx, claims.chamberId, tourId);
          await recordAudit(trx, claims, { action: 'tour.deleted', details: { tourId } });
        }),
      );
    },

    async listStops(claims: AccessClaims, filter: { tourId?: string | undefined }) {
      return (await repository.listStops(db, claims.chamberId, filter)).map(toStaffStop);
    },

    async createStop(claims: AccessClaims, body: z.output<typeof StopBody>): Promise<StaffStop> {
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
        await recordAudit(trx, claims, {
          action: 'stop.created',
          details: { stopId: id, tourId: body.tourId, communeCode: commune.code, date: body.date },
        });
        const row = await repository.findStaffStop(trx, claims.chamberId, id);
        if (!row) throw new Error('stop vanished after creation');
        return toStaffStop(row);
      });
    },

    async updateStop(
      claims: AccessClaims,
      stopId: string,
      patch: z.output<typeof StopPatch>,
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
            `Cette étape a déjà ${countOf(sessions.length, 'séance')} le ${stop.date} : déplacez ou supprimez ces séances avant de changer la date de l’étape.`,
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
        await recordAudit(trx, claims, {
          action: 'stop.updated',
          details: { stopId, changes: patch },
        });
        // A new place: the people booked need to know where to go.
        if (commune || patch.address) {
          for (const session of sessions) {
            await emailLiveRegistrants(
              trx,
              claims.chamberId,
              session.id,
              sessionChangedEmail,
              link,
            );
          }
        }
        const updated = await repository.findStaffStop(trx, claims.chamberId, stopId);
        if (!updated) throw stopNotFound();
        return updated;
      });
      return toStaffStop(row);
    },

    async deleteStop(claims: AccessClaims, stopId: string): Promise<void> {
      await withRegistrationsGuard('Cette étape', 'STOP_HAS_REGISTRATIONS', () =>
        db.transaction().execute(async (trx) => {
          if (!(await repository.lockStop(trx, claims.chamberId, stopId))) throw stopNotFound();
          const registrations = await countRegistrationsUnder(trx, claims.chamberId, { stopId });
          if (registrations > 0) {
            throw new ConflictError(
              `Cette étape a déjà reçu ${countOf(registrations, 'inscription')} : elle ne peut pas être supprimée. Annulez plutôt ses séances (les inscrits seront prévenus par e-mail).`,
              'STOP_HAS_REGISTRATIONS',
            );
          }
          await repository.deleteStop(trx, claims.chamberId, stopId);
          await recordAudit(trx, claims, { action: 'stop.deleted', details: { stopId } });
        }),
      );
    },
  };
}

export type ItineraryService = ReturnType<typeof createItineraryService>;
