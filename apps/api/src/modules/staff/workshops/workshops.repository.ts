import type { Executor } from '../../../db/database.ts';
import type { WorkshopTable } from '../../../db/schema.ts';
import {
  levelOrder,
  registrationOfSession,
  themeOrder,
  workshopColumns,
} from '../../tour/shared.repository.ts';

// The chamber's workshop catalogue; every query is scoped to the chamber inside its SQL.

export function listWorkshops(db: Executor, chamberId: string) {
  return db
    .selectFrom('workshops')
    .select(workshopColumns)
    .where('chamber_id', '=', chamberId)
    .orderBy(themeOrder)
    .orderBy(levelOrder)
    .orderBy('key')
    .execute();
}

export function findWorkshop(db: Executor, chamberId: string, workshopId: string) {
  return db
    .selectFrom('workshops')
    .select(workshopColumns)
    .where('id', '=', workshopId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

export interface WorkshopValues {
  theme: WorkshopTable['theme'];
  level: WorkshopTable['level'];
  title: string;
  description: string;
  durationMinutes: number;
}

export function insertWorkshop(
  db: Executor,
  chamberId: string,
  workshop: WorkshopValues & { key: string },
) {
  return db
    .insertInto('workshops')
    .values({
      chamber_id: chamberId,
      key: workshop.key,
      theme: workshop.theme,
      level: workshop.level,
      title: workshop.title,
      description: workshop.description,
      duration_minutes: workshop.durationMinutes,
    })
    .returning(workshopColumns)
    .executeTakeFirstOrThrow();
}

export function updateWorkshop(
  db: Executor,
  chamberId: string,
  workshopId: string,
  changes: Partial<WorkshopValues>,
) {
  return db
    .updateTable('workshops')
    .set({
      theme: changes.theme,
      level: changes.level,
      title: changes.title,
      description: changes.description,
      duration_minutes: changes.durationMinutes,
    })
    .where('id', '=', workshopId)
    .where('chamber_id', '=', chamberId)
    .returning(workshopColumns)
    .executeTakeFirst();
}

export function deleteWorkshop(db: Executor, chamberId: string, workshopId: string) {
  return db
    .deleteFrom('workshops')
    .where('id', '=', workshopId)
    .where('chamber_id', '=', chamberId)
    .executeTakeFirst();
}

/** Sessions using a workshop, and registrations to them. */
export async function usageOfWorkshop(db: Executor, chamberId: string, workshopId: string) {
  const row = await db
    .selectFrom('sessions')
    .leftJoin('registrations', registrationOfSession)
    .select((eb) => [
      eb.fn.count<number>('sessions.id').distinct().as('sessions'),
      eb.fn.count<number>('registrations.id').as('registrations'),
    ])
    .where('sessions.workshop_id', '=', workshopId)
    .where('sessions.chamber_id', '=', chamberId)
    .executeTakeFirstOrThrow();
  return { sessions: Number(row.sessions), registrations: Number(row.registrations) };
}
