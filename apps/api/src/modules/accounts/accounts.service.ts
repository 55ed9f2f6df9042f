import type { SignupBody } from '@capnum/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { ConflictError, isUniqueViolation } from '../../lib/errors.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { AuthService, Session } from '../auth/auth.service.ts';
import { chamberCoveringCommune } from '../communes/commune-chambers.ts';
import * as repository from './accounts.repository.ts';

/** The version of the advisor-sharing consent text shown at sign-up. */
export const CONSENT_TEXT_VERSION = '2026-01';

export interface AccountsDependencies {
  db: Db;
  clock: Clock;
  auth: Pick<AuthService, 'openSessionFor'>;
}

export function createAccountsService({ db, clock, auth }: AccountsDependencies) {
  return {
    async signup(body: z.output<typeof SignupBody>): Promise<Session> {
      const { commune, chamber } = await chamberCoveringCommune(db, body.communeCode);
      if (await repository.emailExists(db, body.email)) {
        throw new ConflictError('Un compte existe déjà avec cette adresse e-mail.', 'EMAIL_TAKEN');
      }
      if (await repository.siretExists(db, body.siret)) {
        throw new ConflictError(
          'Une entreprise est déjà inscrite avec ce numéro SIRET.',
          'SIRET_TAKEN',
        );
      }
      const passwordHash = await hashPassword(body.password);
      const now = clock.now();
      let userId: string;
      try {
        userId = await db.transaction().execute(async (trx) => {
          const user = await repository.insertUser(trx, {
            email: body.email,
            password_hash: passwordHash,
            role: 'artisan',
            chamber_id: chamber.id,
          });
          await repository.insertArtisan(trx, {
            user_id: user.id,
            chamber_id: chamber.id,
            business_name: body.businessName,
            siret: body.siret,
            trade: body.trade,
            sector: body.sector,
            commune_code: commune.code,
            commune_name: commune.name,
            departement: commune.departement,
            employee_band: body.employeeBand,
            website: body.website || null,
            share_with_advisor: body.shareWithAdvisor === true,
            consent_at: body.shareWithAdvisor ? now : null,
            consent_version: body.shareWithAdvisor ? CONSENT_TEXT_VERSION : null,
          });
          return user.id;
        });
      } catch (error) {
        // Two sign-ups racing for the same email or SIRET: the unique index decides.
        if (isUniqueViolation(error)) {
          throw new ConflictError(
            'Un compte existe déjà avec cette adresse e-mail ou ce SIRET.',
            'ACCOUNT_EXISTS',
          );
        }
        throw error;
      }
      return auth.openSessionFor(userId);
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
