import type { Executor } from '../../db/database.ts';

const userColumns = [
  'users.id',
  'users.email',
  'users.role',
  'users.password_hash',
  'users.chamber_id',
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

export function insertRefreshToken(
  db: Executor,
  token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date },
) {
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
    .select(['family_id'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}
