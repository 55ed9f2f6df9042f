import type { Role } from '@capnum/contracts';
import type { Executor } from '../../db/database.ts';
import type { NewArtisan, NewUser } from '../../db/schema.ts';

export function findUserByEmail(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .select(['id', 'chamber_id'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export function findUserInChamber(db: Executor, userId: string, chamberId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'chamber_id', 'email_confirmed_at'])
    .where('id', '=', userId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** Confirms the address the token was sent to, if it is still the account's. */
export function confirmEmail(db: Executor, userId: string, email: string, at: Date) {
  return db
    .updateTable('users')
    .set((eb) => ({ email_confirmed_at: eb.fn.coalesce('email_confirmed_at', eb.val(at)) }))
    .where('id', '=', userId)
    .where('email', '=', email)
    .returning('id')
    .executeTakeFirst();
}

export function siretExists(db: Executor, siret: string) {
  return db.selectFrom('artisans').select('id').where('siret', '=', siret).executeTakeFirst();
}

export function insertUser(db: Executor, user: NewUser) {
  return db.insertInto('users').values(user).returning(['id']).executeTakeFirstOrThrow();
}

export function insertArtisan(db: Executor, artisan: NewArtisan) {
  return db.insertInto('artisans').values(artisan).returning(['id']).executeTakeFirstOrThrow();
}

export function setRole(db: Executor, userId: string, role: Role, at: Date) {
  return db.updateTable('users').set({ role, updated_at: at }).where('id', '=', userId).execute();
}

export function setDeactivated(db: Executor, userId: string, at: Date) {
  return db
    .updateTable('users')
    .set({ deactivated_at: at, updated_at: at })
    .where('id', '=', userId)
    .execute();
}
