import { excerpt, type Workshop, type WorkshopBody, type WorkshopPatch } from '@capnum/contracts';
import type { z } from 'zod';
import type { Db } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import {
  ConflictError,
  isForeignKeyViolation,
  isUniqueViolation,
  NotFoundError,
  UnprocessableError,
} from '../../../lib/errors.ts';
import { countOf } from '../../../lib/french.ts';
import { slugify } from '../../../lib/slug.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import { toWorkshop } from '../../tour/tour.mappers.ts';
import * as repository from './workshops.repository.ts';

const workshopNotFound = () => new NotFoundError('Atelier introuvable.', 'WORKSHOP_NOT_FOUND');

/** The chamber's workshop catalogue: what the van can teach, and what is in use. */
export function createWorkshopsService({ db }: { db: Db }) {
  return {
    async list(claims: AccessClaims): Promise<Workshop[]> {
      return (await repository.listWorkshops(db, claims.chamberId)).map(toWorkshop);
    },

    async create(claims: AccessClaims, body: z.output<typeof WorkshopBody>): Promise<Workshop> {
      const key = body.key || slugify(body.title, 60);
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
          await recordAudit(trx, claims, {
            action: 'workshop.created',
            details: { workshopId: row.workshop_id, key },
          });
          return toWorkshop(row);
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ConflictError(
            `Un atelier avec l’identifiant « ${excerpt(key)} » existe déjà dans votre catalogue.`,
            'WORKSHOP_KEY_TAKEN',
          );
        }
        throw error;
      }
    },

    async update(
      claims: AccessClaims,
      workshopId: string,
      patch: z.output<typeof WorkshopPatch>,
    ): Promise<Workshop> {
      return db.transaction().execute(async (trx) => {
        const row = await repository.updateWorkshop(trx, claims.chamberId, workshopId, patch);
        if (!row) throw workshopNotFound();
        await recordAudit(trx, claims, {
          action: 'workshop.updated',
          details: { workshopId, changes: patch },
        });
        return toWorkshop(row);
      });
    },

    async remove(claims: AccessClaims, workshopId: string): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          if (!(await repository.findWorkshop(trx, claims.chamberId, workshopId))) {
            throw workshopNotFound();
          }
          const usage = await repository.usageOfWorkshop(trx, claims.chamberId, workshopId);
          if (usage.registrations > 0) {
            throw new ConflictError(
              `Cet atelier a déjà reçu ${countOf(usage.registrations, 'inscription')} : il ne peut pas être supprimé. Annulez plutôt ses séances (les inscrits seront prévenus par e-mail).`,
              'WORKSHOP_HAS_REGISTRATIONS',
            );
          }
          if (usage.sessions > 0) {
            throw new ConflictError(
              `Cet atelier est programmé dans ${countOf(usage.sessions, 'séance')} : supprimez d’abord ces séances.`,
              'WORKSHOP_IN_USE',
            );
          }
          await repository.deleteWorkshop(trx, claims.chamberId, workshopId);
          await recordAudit(trx, claims, { action: 'workshop.deleted', details: { workshopId } });
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
  };
}

export type WorkshopsService = ReturnType<typeof createWorkshopsService>;
