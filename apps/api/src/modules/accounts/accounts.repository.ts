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
