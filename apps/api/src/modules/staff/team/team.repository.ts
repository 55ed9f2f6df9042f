import type { Executor } from '../../../db/database.ts';

/** The chamber's advisors and staff, with the départements each advisor covers. */
export function listTeam(db: Executor, chamberId: string) {
  return db
    .selectFrom('users')
    .leftJoin('advisor_scopes', (join) =>
      join
        .onRef('advisor_scopes.advisor_id', '=', 'users.id')
        .on('advisor_scopes.chamber_id', '=', chamberId),
    )
    .select([
      'users.id',
      'users.email',
      'users.role',
      'users.display_name',
      'advisor_scopes.departement',
    ])
    .where('users.chamber_id', '=', chamberId)
    .where('users.role', 'in', ['advisor', 'staff'])
    .where('users.deactivated_at', 'is', null)
    .orderBy('users.role')
    .orderBy('users.display_name')
    .orderBy('users.email')
    .orderBy('advisor_scopes.departement')
    .execute();
}

export function findAdvisor(db: Executor, chamberId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'role'])
    .where('id', '=', userId)
    .where('chamber_id', '=', chamberId)
    .where('role', 'in', ['advisor', 'staff'])
    .where('deactivated_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

export async function replaceScope(
  db: Executor,
  chamberId: string,
  advisorId: string,
  departements: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('advisor_scopes')
    .where('advisor_id', '=', advisorId)
    .where('chamber_id', '=', chamberId)
    .execute();
  if (departements.length === 0) return;
  await db
    .insertInto('advisor_scopes')
    .values(
      departements.map((departement) => ({
        advisor_id: advisorId,
        chamber_id: chamberId,
        departement,
      })),
    )
    .execute();
}

export function chamberDepartements(db: Executor, chamberId: string) {
  return db
    .selectFrom('chambers')
    .select('departements')
    .where('id', '=', chamberId)
    .executeTakeFirstOrThrow();
}
