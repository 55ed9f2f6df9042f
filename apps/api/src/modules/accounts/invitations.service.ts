import type { Invitation, InvitationBody, Invitations } from '@capnum/contracts';
import type { Db, Executor } from '../../db/database.ts';
import type { InvitationTable } from '../../db/schema.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { Clock } from '../../lib/clock.ts';
import { AppError, ConflictError, NotFoundError, UnprocessableError } from '../../lib/errors.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import {
  consumeOneTimeToken,
  issueOneTimeToken,
  revokeOneTimeTokens,
  TOKEN_LIFETIMES_MS,
} from '../../lib/one-time-tokens.ts';
import { hashPassword } from '../../lib/passwords.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { invitationEmail } from './account-emails.ts';

type InvitationRow = Pick<InvitationTable, 'email' | 'role' | 'display_name' | 'departements'> & {
  id: string;
  sent_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
};

const columns = [
  'id',
  'email',
  'role',
  'display_name',
  'departements',
  'sent_at',
  'expires_at',
  'accepted_at',
  'revoked_at',
] as const;

function toInvitation(row: InvitationRow, now: Date): Invitation {
  const status = row.accepted_at
    ? 'accepted'
    : row.revoked_at
      ? 'revoked'
      : row.expires_at <= now
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    displayName: row.display_name,
    departements: row.departements,
    status,
    sentAt: row.sent_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

const invalidInvitation = () =>
  new AppError(
    400,
    'LINK_INVALID',
    'Cette invitation n’est plus valable : elle a déjà servi, a été annulée ou a expiré (elle vaut 7 jours). Demandez à votre chambre de vous la renvoyer.',
  );

/**
 * Staff invite advisors and staff of their own chamber by e-mail. The link is a one-time
 * token of purpose "invitation", valid 7 days: resending issues a new one (the old dies),
 * revoking kills it. Accepting creates the account with its role and départements.
 */
export function createInvitations({ db, clock, link }: { db: Db; clock: Clock; link: LinkTo }) {
  async function findInChamber(trx: Executor, chamberId: string, id: string) {
    const row = await trx
      .selectFrom('invitations')
      .select(columns)
      .where('id', '=', id)
      .where('chamber_id', '=', chamberId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) {
      throw new NotFoundError(
        'Cette invitation n’existe pas dans votre chambre.',
        'INVITATION_NOT_FOUND',
      );
    }
    return row;
  }

  /** Issues a fresh link for the invitation and queues the e-mail that carries it. */
  async function send(trx: Executor, chamberId: string, row: InvitationRow, now: Date) {
    const chamber = await trx
      .selectFrom('chambers')
      .select('name')
      .where('id', '=', chamberId)
      .executeTakeFirstOrThrow();
    const token = await issueOneTimeToken(
      trx,
      { purpose: 'invitation', email: row.email, chamberId, payload: { invitationId: row.id } },
      now,
    );
    await queueEmail(trx, {
      chamberId,
      to: row.email,
      ...invitationEmail(token, link, {
        displayName: row.display_name,
        role: row.role,
        chamberName: chamber.name,
      }),
    });
  }

  async function checkDepartements(trx: Executor, chamberId: string, codes: readonly string[]) {
    const chamber = await trx
      .selectFrom('chambers')
      .select('departements')
      .where('id', '=', chamberId)
      .executeTakeFirstOrThrow();
    const outside = codes.filter((code) => !chamber.departements.includes(code));
    if (outside.length > 0) {
      throw new UnprocessableError(
        `Ces départements ne sont pas ceux de votre chambre : ${outside.join(', ')}.`,
        'DEPARTEMENT_OUTSIDE_CHAMBER',
        [{ field: 'departements', message: 'Choisissez parmi les départements de la chambre.' }],
      );
    }
    const unique = [...new Set(codes)].sort();
    return unique.length === chamber.departements.length ? [] : unique;
  }

  return {
    async list(claims: AccessClaims): Promise<Invitations> {
      const rows = await db
        .selectFrom('invitations')
        .select(columns)
        .where('chamber_id', '=', claims.chamberId)
        .orderBy('created_at', 'desc')
        .limit(500)
        .execute();
      const now = clock.now();
      return { invitations: rows.map((row) => toInvitation(row, now)) };
    },

    async invite(claims: AccessClaims, body: InvitationBody): Promise<Invitation> {
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('users')
          .select('id')
          .where('email', '=', body.email)
          .executeTakeFirst();
        if (existing) {
          throw new ConflictError(
            'Cette adresse a déjà un compte Cap Numérique : elle ne peut pas être invitée.',
            'ACCOUNT_EXISTS',
          );
        }
        const pending = await trx
          .selectFrom('invitations')
          .select('id')
          .where('chamber_id', '=', claims.chamberId)
          .where('email', '=', body.email)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', now)
          .executeTakeFirst();
        if (pending) {
          throw new ConflictError(
            'Une invitation attend déjà cette adresse : renvoyez-la plutôt que d’en créer une autre.',
            'INVITATION_PENDING',
          );
        }
        const departements =
          body.role === 'advisor'
            ? await checkDepartements(trx, claims.chamberId, body.departements ?? [])
            : [];
        const inserted = await trx
          .insertInto('invitations')
          .values({
            chamber_id: claims.chamberId,
            email: body.email,
            role: body.role,
            display_name: body.displayName,
            departements,
            invited_by: claims.sub,
            sent_at: now,
            expires_at: new Date(now.getTime() + TOKEN_LIFETIMES_MS.invitation),
          })
          .returning(columns)
          .executeTakeFirstOrThrow();
        await send(trx, claims.chamberId, inserted, now);
        await recordAudit(trx, claims, {
          action: 'invitation.sent',
          details: { invitationId: inserted.id, role: body.role },
        });
        return inserted;
      });
      return toInvitation(row, now);
    },

    /** A new link for a pending or expired invitation; the previous link stops working. */
    async resend(claims: AccessClaims, id: string): Promise<Invitation> {
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const current = await findInChamber(trx, claims.chamberId, id);
        if (current.accepted_at || current.revoked_at) {
          throw new ConflictError(
            current.accepted_at
              ? 'Cette invitation a déjà été acceptée.'
              : 'Cette invitation a été annulée : créez-en une nouvelle.',
          );
        }
        const updated = await trx
          .updateTable('invitations')
          .set({
            sent_at: now,
            expires_at: new Date(now.getTime() + TOKEN_LIFETIMES_MS.invitation),
          })
          .where('id', '=', id)
          .where('chamber_id', '=', claims.chamberId)
          .returning(columns)
          .executeTakeFirstOrThrow();
        await send(trx, claims.chamberId, updated, now);
        await recordAudit(trx, claims, {
          action: 'invitation.resent',
          details: { invitationId: id },
        });
        return updated;
      });
      return toInvitation(row, now);
    },

    async revoke(claims: AccessClaims, id: string): Promise<Invitation> {
      const now = clock.now();
      const row = await db.transaction().execute(async (trx) => {
        const current = await findInChamber(trx, claims.chamberId, id);
        if (current.accepted_at) {
          throw new ConflictError(
            'Cette invitation a déjà été acceptée : désactivez le compte si besoin.',
          );
        }
        if (current.revoked_at) return current;
        await revokeOneTimeTokens(trx, current.email, 'invitation', now);
        const updated = await trx
          .updateTable('invitations')
          .set({ revoked_at: now })
          .where('id', '=', id)
          .where('chamber_id', '=', claims.chamberId)
          .returning(columns)
          .executeTakeFirstOrThrow();
        await recordAudit(trx, claims, {
          action: 'invitation.revoked',
          details: { invitationId: id },
        });
        return updated;
      });
      return toInvitation(row, now);
    },

    /**
     * Accepting: the link proves the address, so the account starts confirmed, with the
     * role, chamber, name and départements the invitation names. Resolves with the new
     * user's id, for the caller to open a session.
     */
    async accept(token: string, password: string): Promise<string> {
      const now = clock.now();
      const passwordHash = await hashPassword(password);
      return db.transaction().execute(async (trx) => {
        const used = await consumeOneTimeToken(trx, token, 'invitation', now);
        const invitationId = (used?.payload as { invitationId?: string } | null)?.invitationId;
        if (!used?.chamber_id || !invitationId) throw invalidInvitation();
        const invitation = await trx
          .selectFrom('invitations')
          .select(['id', 'chamber_id', 'role', 'display_name', 'departements'])
          .where('id', '=', invitationId)
          .where('chamber_id', '=', used.chamber_id)
          .where('email', '=', used.email)
          .where('accepted_at', 'is', null)
          .where('revoked_at', 'is', null)
          .forUpdate()
          .executeTakeFirst();
        if (!invitation) throw invalidInvitation();
        const user = await trx
          .insertInto('users')
          .values({
            email: used.email,
            password_hash: passwordHash,
            role: invitation.role,
            chamber_id: invitation.chamber_id,
            display_name: invitation.display_name,
            email_confirmed_at: now,
          })
          .onConflict((conflict) => conflict.column('email').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!user) {
          throw new ConflictError(
            'Cette adresse a déjà un compte Cap Numérique : connectez-vous avec son mot de passe.',
            'ACCOUNT_EXISTS',
          );
        }
        if (invitation.role === 'advisor' && invitation.departements.length > 0) {
          await trx
            .insertInto('advisor_scopes')
            .values(
              invitation.departements.map((departement) => ({
                advisor_id: user.id,
                chamber_id: invitation.chamber_id,
                departement,
              })),
            )
            .execute();
        }
        await trx
          .updateTable('invitations')
          .set({ accepted_at: now })
          .where('id', '=', invitation.id)
          .execute();
        await recordAudit(
          trx,
          { sub: user.id, chamberId: invitation.chamber_id },
          { action: 'invitation.accepted', details: { invitationId: invitation.id } },
        );
        return user.id;
      });
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitations>;
