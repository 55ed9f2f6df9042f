import { randomUUID } from 'node:crypto';
import type { LoginBody, Me, Role, User } from '@capnum/contracts';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { hashToken, newOpaqueToken } from '../../lib/tokens.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { toArtisanProfile } from '../accounts/artisan-profile.ts';
import * as repository from './auth.repository.ts';
import type { SessionCheck } from './session-check.ts';

export const REFRESH_TOKEN_TTL_DAYS = 30;
/** How long a just-rotated refresh token is answered as a race rather than a theft. */
export const REFRESH_RACE_GRACE_MS = 10_000;

export interface AuthDependencies {
  db: Db;
  clock: Clock;
  signAccessToken: (claims: AccessClaims) => string;
  sessionCheck: Pick<SessionCheck, 'forgetUser' | 'remember'>;
}

export interface Session {
  user: User;
  accessToken: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

type UserWithChamber = NonNullable<Awaited<ReturnType<typeof repository.findUserByEmail>>>;

const INVALID_CREDENTIALS = 'Adresse e-mail ou mot de passe incorrect.';

function toUser(row: UserWithChamber): User {
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    chamber: { id: row.chamber_id, name: row.chamber_name, departements: row.chamber_departements },
    emailConfirmed: row.email_confirmed_at !== null,
  };
}

/**
 * What the access token says: who, which role, which chamber (and, for artisans, which
 * business), under which session version and in which session. Tests sign through it too.
 */
export function accessClaimsOf(
  row: Pick<UserWithChamber, 'id' | 'role' | 'chamber_id' | 'artisan_id' | 'session_version'>,
  sessionId: string,
): AccessClaims {
  const claims: AccessClaims = {
    sub: row.id,
    role: row.role as Role,
    chamberId: row.chamber_id,
    sv: row.session_version,
    sid: sessionId,
  };
  if (row.artisan_id) claims.artisanId = row.artisan_id;
  return claims;
}

export function createAuthService({ db, clock, signAccessToken, sessionCheck }: AuthDependencies) {
  async function openSession(row: UserWithChamber, familyId = randomUUID()): Promise<Session> {
    const refreshToken = newOpaqueToken();
    const refreshExpiresAt = new Date(clock.now().getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await repository.insertRefreshToken(db, {
      userId: row.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: refreshExpiresAt,
      seenAt: clock.now(),
    });
    const claims = accessClaimsOf(row, familyId);
    sessionCheck.remember(claims);
    return {
      user: toUser(row),
      accessToken: signAccessToken(claims),
      refreshToken,
      refreshExpiresAt,
    };
  }

  return {
    /** Signs a user in after another proof than the password (sign-up, invitation). */
    async openSessionFor(userId: string): Promise<Session> {
      const row = await repository.findUserById(db, userId);
      if (!row) throw new UnauthorizedError('Compte introuvable, reconnectez-vous.');
      return openSession(row);
    },

    async login(body: LoginBody): Promise<Session> {
      const row = await repository.findUserByEmail(db, body.email);
      const valid = await verifyPassword(row?.password_hash, body.password);
      if (!row || !valid) throw new UnauthorizedError(INVALID_CREDENTIALS, 'INVALID_CREDENTIALS');
      // Only someone who knows the password learns that the account was closed.
      if (row.deactivated_at) {
        throw new UnauthorizedError(
          'Ce compte a été désactivé. Contactez votre chambre de métiers si vous pensez que c’est une erreur.',
          'ACCOUNT_DEACTIVATED',
        );
      }
      return openSession(row);
    },

    /** Rotates a refresh token; a token used twice revokes its whole family. */
    async refresh(refreshToken: string | undefined): Promise<Session> {
      if (!refreshToken)
        throw new UnauthorizedError('Session absente, reconnectez-vous.', 'NO_SESSION');
      const now = clock.now();
      const outcome = await db.transaction().execute(async (trx) => {
        const token = await repository.findRefreshTokenForUpdate(trx, hashToken(refreshToken));
        if (!token) return { kind: 'unknown' as const };
        if (token.revoked_at) {
          // Two tabs refreshing at the same instant: the loser presents the token the
          // winner just rotated. Within a few seconds that is a race, not a theft.
          // Once only: a token raced a second time is replayed, not raced.
          const sinceRotation = now.getTime() - token.revoked_at.getTime();
          if (
            token.replaced_by &&
            !token.race_answered_at &&
            sinceRotation < REFRESH_RACE_GRACE_MS
          ) {
            await repository.markRaceAnswered(trx, token.id, now);
            return { kind: 'race' as const };
          }
          await repository.revokeRefreshFamily(trx, token.family_id, now);
          return { kind: 'reused' as const, userId: token.user_id };
        }
        if (token.expires_at.getTime() <= now.getTime()) return { kind: 'expired' as const };
        const user = await repository.findUserInChamber(trx, token.user_id, token.chamber_id);
        if (!user || user.deactivated_at) return { kind: 'unknown' as const };
        const next = newOpaqueToken();
        const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_DAYS * 86_400_000);
        const inserted = await repository.insertRefreshToken(trx, {
          userId: user.id,
          familyId: token.family_id,
          tokenHash: hashToken(next),
          expiresAt: refreshExpiresAt,
          seenAt: now,
        });
        await repository.markRefreshTokenRotated(trx, token.id, inserted.id, now);
        return {
          kind: 'rotated' as const,
          user,
          familyId: token.family_id,
          refreshToken: next,
          refreshExpiresAt,
        };
      });
      switch (outcome.kind) {
        case 'rotated': {
          const claims = accessClaimsOf(outcome.user, outcome.familyId);
          sessionCheck.remember(claims);
          return {
            user: toUser(outcome.user),
            accessToken: signAccessToken(claims),
            refreshToken: outcome.refreshToken,
            refreshExpiresAt: outcome.refreshExpiresAt,
          };
        }
        case 'race':
          throw new UnauthorizedError(
            'Session renouvelée à l’instant par un autre onglet : réessayez.',
            'REFRESH_RACE',
          );
        case 'reused':
          sessionCheck.forgetUser(outcome.userId);
          throw new UnauthorizedError(
            'Cette session a été réutilisée : par sécurité, reconnectez-vous.',
            'REFRESH_REUSED',
          );
        case 'expired':
          throw new UnauthorizedError(
            'Votre session a expiré, reconnectez-vous.',
            'SESSION_EXPIRED',
          );
        default:
          throw new UnauthorizedError('Session inconnue, reconnectez-vous.', 'NO_SESSION');
      }
    },

    /** Ends the session of the cookie, or of the access token: both stop working at once. */
    async logout(
      refreshToken: string | undefined,
      claims: Pick<AccessClaims, 'sub' | 'sid'> | undefined,
    ): Promise<void> {
      const token = refreshToken
        ? await repository.findRefreshFamily(db, hashToken(refreshToken))
        : undefined;
      const session = token
        ? { familyId: token.family_id, userId: token.user_id }
        : claims && { familyId: claims.sid, userId: claims.sub };
      if (!session) return;
      await repository.endSession(db, session, clock.now());
      sessionCheck.forgetUser(session.userId);
    },

    async me(claims: AccessClaims): Promise<Me> {
      const row = await repository.findUserInChamber(db, claims.sub, claims.chamberId);
      if (!row) throw new UnauthorizedError('Compte introuvable, reconnectez-vous.');
      const me: Me = toUser(row);
      if (row.role === 'artisan') {
        const artisan = await repository.findArtisanOfUser(db, row.id, row.chamber_id);
        if (artisan) {
          me.artisan = toArtisanProfile(artisan);
        }
      }
      return me;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
