import type { PasswordChanged, PasswordResetAccepted } from '@capnum/contracts';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import { consumeOneTimeToken, issueOneTimeToken } from '../../lib/one-time-tokens.ts';
import { hashPassword, verifyPassword } from '../../lib/passwords.ts';
import { atLeast } from '../../lib/steady-time.ts';
import { endAllSessionsOf } from '../auth/auth.repository.ts';
import type { SessionCheck } from '../auth/session-check.ts';
import { passwordResetEmail } from './account-emails.ts';

const invalidLink = () =>
  new AppError(
    400,
    'LINK_INVALID',
    'Ce lien n’est plus valable : il a déjà servi ou il a expiré (il vaut une heure). Demandez-en un nouveau.',
  );

/** Every reset request answers after this long at least, known address or not. */
export const RESET_REQUEST_FLOOR_MS = 250;

/**
 * "Mot de passe oublié": the answer is the same, and comes after the same time
 * (RESET_REQUEST_FLOOR_MS), whether the address has an account or not; the link is single use, valid one hour, and only for a
 * password reset; using it ends every session of the account.
 */
export function createPasswordReset({
  db,
  clock,
  link,
  sessionCheck,
}: {
  db: Db;
  clock: Clock;
  link: LinkTo;
  sessionCheck: SessionCheck;
}) {
  return {
    request: (email: string): Promise<PasswordResetAccepted> =>
      atLeast(RESET_REQUEST_FLOOR_MS, async () => {
        const now = clock.now();
        await db.transaction().execute(async (trx) => {
          const user = await trx
            .selectFrom('users')
            .select(['id', 'chamber_id'])
            .where('email', '=', email)
            .where('deactivated_at', 'is', null)
            .where('email_confirmed_at', 'is not', null)
            .executeTakeFirst();
          if (!user) return;
          const token = await issueOneTimeToken(
            trx,
            { purpose: 'password-reset', email, userId: user.id, chamberId: user.chamber_id },
            now,
          );
          await queueEmail(trx, {
            chamberId: user.chamber_id,
            to: email,
            ...passwordResetEmail(token, link),
          });
        });
        return { status: 'reset-sent', email };
      }),

    /**
     * "Mon compte": a new password, proven by the current one. Every session ends
     * (other devices included); the caller opens a fresh one for this device.
     */
    async change(userId: string, currentPassword: string, newPassword: string): Promise<void> {
      const user = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', userId)
        .where('deactivated_at', 'is', null)
        .executeTakeFirst();
      if (!(await verifyPassword(user?.password_hash, currentPassword))) {
        throw new AppError(
          403,
          'WRONG_PASSWORD',
          'Le mot de passe actuel est incorrect : rien n’a été changé.',
        );
      }
      const passwordHash = await hashPassword(newPassword);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, updated_at: now })
          .where('id', '=', userId)
          .execute();
        await endAllSessionsOf(trx, userId, now);
      });
      sessionCheck.forgetUser(userId);
    },

    async confirm(token: string, password: string): Promise<PasswordChanged> {
      const now = clock.now();
      // Hashing is slow on purpose: done before the transaction, so no row waits on it.
      const passwordHash = await hashPassword(password);
      const changed = await db.transaction().execute(async (trx) => {
        const used = await consumeOneTimeToken(trx, token, 'password-reset', now);
        if (!used?.user_id) throw invalidLink();
        const user = await trx
          .updateTable('users')
          .set({ password_hash: passwordHash, updated_at: now })
          .where('id', '=', used.user_id)
          .where('email', '=', used.email)
          .where('deactivated_at', 'is', null)
          .returning(['id', 'email'])
          .executeTakeFirst();
        if (!user) throw invalidLink();
        await endAllSessionsOf(trx, user.id, now);
        return user;
      });
      sessionCheck.forgetUser(changed.id);
      return { status: 'password-changed', email: changed.email };
    },
  };
}

export type PasswordReset = ReturnType<typeof createPasswordReset>;
