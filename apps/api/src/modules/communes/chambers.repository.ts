import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';

export function findChamberCoveringDepartement(db: Executor, departement: string) {
  return (
    db
      .selectFrom('chambers')
      .select(['id', 'name', 'departements'])
      .where(sql<boolean>`${departement} = any(departements)`)
      // A real chamber wins over a demo one covering the same département.
      .orderBy('is_demo')
      .orderBy('created_at')
      .executeTakeFirst()
  );
}

export function findChamber(db: Executor, chamberId: string) {
  return db
    .selectFrom('chambers')
    .select(['id', 'name', 'departements'])
    .where('id', '=', chamberId)
    .executeTakeFirst();
}
