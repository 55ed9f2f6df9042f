import type { EmailConfirmed, SignupAccepted, SignupBody } from '@capnum/contracts';
import { CONSENT_TEXT_VERSION } from '@capnum/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError, ConflictError, isUniqueViolation } from '../../lib/errors.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import { consumeOneTimeToken, issueOneTimeToken } from '../../lib/one-time-tokens.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { chamberCoveringCommune } from '../communes/commune-chambers.ts';
import { recordConsent } from '../privacy/privacy.repository.ts';
import { confirmationEmail, signupAttemptEmail } from './account-emails.ts';
import * as repository from './accounts.repository.ts';

export interface AccountsDependencies {
  db: Db;
  clock: Clock;
  link: LinkTo;
}

const invalidLink = () =>
  new AppError(
    400,
    'LINK_INVALID',
    'Ce lien n’est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau depuis votre espace.',
  );

export function createAccountsService({ db, clock, link }: AccountsDependencies) {
  return {
    /**
     * Creates the artisan's account, unconfirmed, and e-mails the confirmation link. An
     * address that already has an account gets the same answer, and its owner an e-mail:
     * sign-up never tells who is registered. A SIRET already claimed is accepted and
     * marked for the chamber to review, so a squatter cannot lock the real owner out.
     */
    async signup(body: z.output<typeof SignupBody>): Promise<SignupAccepted> {
      const { commune, chamber } = await chamberCoveringCommune(db, body.communeCode);
      // Hashed in both cases: the answer takes the same time whether the address exists.
      const passwordHash = await hashPassword(body.password);
      const now = clock.now();
      const accepted: SignupAccepted = { status: 'confirmation-sent', email: body.email };
      try {
        await db.transaction().execute(async (trx) => {
          const existing = await repository.findUserByEmail(trx, body.email);
          if (existing) {
            await queueEmail(trx, {
              chamberId: existing.chamber_id,
              to: body.email,
              ...signupAttemptEmail(link),
            });
            return;
          }
          const siretClaimed = await repository.siretExists(trx, body.siret);
          const user = await repository.insertUser(trx, {
            email: body.email,
            password_hash: passwordHash,
            role: 'artisan',
            chamber_id: chamber.id,
            created_at: now,
          });
          const artisan = await repository.insertArtisan(trx, {
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
            siret_conflict_at: siretClaimed ? now : null,
            created_at: now,
          });
          if (body.shareWithAdvisor) {
            await recordConsent(
              trx,
              { artisanId: artisan.id, chamberId: chamber.id },
              { granted: true, textVersion: CONSENT_TEXT_VERSION, at: now },
            );
          }
          const token = await issueOneTimeToken(
            trx,
            {
              purpose: 'email-confirmation',
              email: body.email,
              userId: user.id,
              chamberId: chamber.id,
            },
            now,
          );
          await queueEmail(trx, {
            chamberId: chamber.id,
            to: body.email,
            ...confirmationEmail(token, link),
          });
        });
      } catch (error) {
        // Two sign-ups racing for one address: the first made the account and sent its link.
        if (!isUniqueViolation(error)) throw error;
      }
      return accepted;
    },

    /** The link from the e-mail: the address is the person's. Single use. */
    async confirmEmail(token: string): Promise<EmailConfirmed> {
      const now = clock.now();
      const email = await db.transaction().execute(async (trx) => {
        const used = await consumeOneTimeToken(trx, token, 'email-confirmation', now);
        if (!used?.user_id) throw invalidLink();
        const confirmed = await repository.confirmEmail(trx, used.user_id, used.email, now);
        if (!confirmed) throw invalidLink();
        return used.email;
      });
      return { status: 'confirmed', email };
    },

    /** A new link (the old one dies), for an account still waiting for confirmation. */
    async resendConfirmation(claims: AccessClaims): Promise<SignupAccepted> {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const user = await repository.findUserInChamber(trx, claims.sub, claims.chamberId);
        if (!user) throw invalidLink();
        if (user.email_confirmed_at) {
          throw new ConflictError(
            'Votre adresse e-mail est déjà confirmée.',
            'EMAIL_ALREADY_CONFIRMED',
          );
        }
        const token = await issueOneTimeToken(
          trx,
          {
            purpose: 'email-confirmation',
            email: user.email,
            userId: user.id,
            chamberId: user.chamber_id,
          },
          now,
        );
        await queueEmail(trx, {
          chamberId: user.chamber_id,
          to: user.email,
          ...confirmationEmail(token, link),
        });
        return { status: 'confirmation-sent', email: user.email };
      });
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
