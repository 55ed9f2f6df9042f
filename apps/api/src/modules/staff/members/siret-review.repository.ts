import type { Executor } from '../../../db/database.ts';

const claimColumns = [
  'artisans.id',
  'artisans.siret',
  'artisans.business_name',
  'artisans.commune_name',
  'artisans.created_at',
  'artisans.siret_conflict_at',
  'users.email',
  'users.email_confirmed_at',
] as const;

/** Accounts of the chamber that claimed a SIRET someone already held, not yet reviewed. */
export function listPendingConflicts(db: Executor, chamberId: string) {
  return db
    .selectFrom('artisans')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select(claimColumns)
    .where('artisans.chamber_id', '=', chamberId)
    .where('artisans.siret_conflict_at', 'is not', null)
    .where('artisans.siret_reviewed_at', 'is', null)
    .orderBy('artisans.siret_conflict_at')
    .orderBy('artisans.id')
    .execute();
}

export type ClaimRow = Awaited<ReturnType<typeof listPendingConflicts>>[number];

/** Every account of the chamber declaring one of these SIRETs, oldest first. */
export function listClaimsInChamber(db: Executor, chamberId: string, sirets: readonly string[]) {
  if (sirets.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('artisans')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select(claimColumns)
    .where('artisans.chamber_id', '=', chamberId)
    .where('artisans.siret', 'in', sirets)
    .orderBy('artisans.created_at')
    .orderBy('artisans.id')
    .execute();
}

/** How many accounts of other chambers declare each SIRET: a count, never who. */
export function countClaimsElsewhere(db: Executor, chamberId: string, sirets: readonly string[]) {
  if (sirets.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('artisans')
    .select(['siret', (eb) => eb.fn.countAll<number>().as('count')])
    .where('chamber_id', '!=', chamberId)
    .where('siret', 'in', sirets)
    .groupBy('siret')
    .execute();
}

export function markReviewed(
  db: Executor,
  chamberId: string,
  artisanId: string,
  reviewer: string,
  at: Date,
) {
  return db
    .updateTable('artisans')
    .set({ siret_reviewed_at: at, siret_reviewed_by: reviewer })
    .where('id', '=', artisanId)
    .where('chamber_id', '=', chamberId)
    .where('siret_conflict_at', 'is not', null)
    .where('siret_reviewed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
}
