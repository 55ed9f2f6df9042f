import type { Role } from '@capnum/contracts';
import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

const userColumns = [
  'users.id',
  'users.email',
  'users.role',
  'users.password_hash',
  'users.chamber_id',
  'users.session_version',
  'users.deactivated_at',
  'users.email_confirmed_at',
  'chambers.name as chamber_name',
  'chambers.departements as chamber_departements',
  'artisans.id as artisan_id',
] as const;

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .innerJoin('chambers', 'chambers.id', 'users.chamber_id')
    .leftJoin('artisans', 'artisans.user_id', 'users.id')
    .select(userColumns)
    .where('users.email', '=', email)
    .executeTakeFirst();
}

export function findUserById(db: Executor, userId: string) {
  return db
    .selectFrom('users')
    .innerJoin('chambers', 'chambers.id', 'users.chamber_id')
    .leftJoin('artisans', 'artisans.user_id', 'users.id')
    .select(userColumns)
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** A user, only within the chamber their token names. */
export function findUserInChamber(db: Executor, userId: string, chamberId: string) {
  return db
    .selectFrom('users')
    .innerJoin('chambers', 'chambers.id', 'users.chamber_id')
    .leftJoin('artisans', 'artisans.user_id', 'users.id')
    .select(userColumns)
    .where('users.id', '=', userId)
    .where('users.chamber_id', '=', chamberId)
    .executeTakeFirst();
}

export function findArtisanOfUser(db: Executor, userId: string, chamberId: string) {
  return db
    .selectFrom('artisans')
    .selectAll()
    .where('user_id', '=', userId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/**
 * Stores a new refresh token (sign-in or rotation). The person is using the product at
 * that moment: their last_seen_at, which the retention run reads, moves too.
 */
export async function insertRefreshToken(
  db: Executor,
  token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date; seenAt: Date },
) {
  await db
    .updateTable('users')
    .set({ last_seen_at: token.seenAt })
    .where('id', '=', token.userId)
    .execute();
  return db
    .insertInto('refresh_tokens')
    .values({
      user_id: token.userId,
      family_id: token.familyId,
      token_hash: token.tokenHash,
      expires_at: token.expiresAt,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

/** Locks the token row so two concurrent refreshes cannot both rotate it. */
export function findRefreshTokenForUpdate(db: Executor, tokenHash: string) {
  return db
    .selectFrom('refresh_tokens')
    .innerJoin('users', 'users.id', 'refresh_tokens.user_id')
    .select([
      'refresh_tokens.id',
      'refresh_tokens.user_id',
      'refresh_tokens.family_id',
      'refresh_tokens.expires_at',
      'refresh_tokens.revoked_at',
      'refresh_tokens.replaced_by',
      'refresh_tokens.race_answered_at',
      'users.chamber_id',
    ])
    .where('refresh_tokens.token_hash', '=', tokenHash)
    .forUpdate('refresh_tokens')
    .executeTakeFirst();
}

export function markRefreshTokenRotated(db: Executor, id: string, replacedBy: string, at: Date) {
  return db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at, replaced_by: replacedBy })
    .where('id', '=', id)
    .execute();
}

/** The first replay within the grace was answered as a race; a second one is a theft. */
export function markRaceAnswered(db: Executor, id: string, at: Date) {
  return db
    .updateTable('refresh_tokens')
    .set({ race_answered_at: at })
    .where('id', '=', id)
    .execute();
}

/** Logout: the session's refresh tokens die, and so do its access tokens (see findAccountState). */
export function endSession(db: Executor, session: { familyId: string; userId: string }, at: Date) {
  return db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at, replaced_by: null })
    .where('family_id', '=', session.familyId)
    .where('user_id', '=', session.userId)
    .where('revoked_at', 'is', null)
    .execute();
}

export function revokeRefreshFamily(db: Executor, familyId: string, at: Date) {
  return db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at })
    .where('family_id', '=', familyId)
    .where('revoked_at', 'is', null)
    .execute();
}

export function findRefreshFamily(db: Executor, tokenHash: string) {
  return db
    .selectFrom('refresh_tokens')
    .select(['family_id', 'user_id'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The accounts behind access tokens (user and session pairs), and whether each session was ended. */
export async function findAccountStates(
  db: Executor,
  lookups: { userId: string; sessionId: string }[],
) {
  const { rows } = await sql<{
    id: string;
    session_id: string;
    role: Role;
    chamber_id: string;
    session_version: number;
    deactivated_at: Date | null;
    artisan_id: string | null;
    session_ended: boolean;
  }>`
    select users.id, wanted.session_id, users.role, users.chamber_id, users.session_version,
      users.deactivated_at, artisans.id as artisan_id,
      exists (
        select 1 from refresh_tokens
        where refresh_tokens.family_id = wanted.session_id
          and refresh_tokens.revoked_at is not null and refresh_tokens.replaced_by is null
      ) as session_ended
    from unnest(${lookups.map((lookup) => lookup.userId)}::uuid[],
                ${lookups.map((lookup) => lookup.sessionId)}::uuid[]) as wanted (user_id, session_id)
    join users on users.id = wanted.user_id
    left join artisans on artisans.user_id = users.id`.execute(db);
  return rows;
}

export async function latestAccountEventId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('account_events')
    .select((eb) => eb.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

export function accountEventsAfter(db: Executor, id: number) {
  return db
    .selectFrom('account_events')
    .select(['id', 'user_id'])
    .where('id', '>', id)
    .orderBy('id')
    .limit(1000)
    .execute();
}

export function deleteAccountEventsBefore(db: Executor, before: Date) {
  return db.deleteFrom('account_events').where('created_at', '<', before).execute();
}

/** Ends every session of an account: old access tokens and refresh tokens stop working. */
export async function endAllSessionsOf(db: Executor, userId: string, at: Date) {
  await db
    .updateTable('users')
    .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: at }))
    .where('id', '=', userId)
    .execute();
  await db
    .updateTable('refresh_tokens')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
