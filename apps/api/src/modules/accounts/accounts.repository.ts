import type { Role } from '@capnum/contracts';
import type { Executor } from '../../db/database.ts';
import type { NewArtisan, NewUser } from '../../db/schema.ts';

export function emailExists(db: Executor, email: string) {
  return db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
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
