import type { Executor } from '../../db/database.ts';

export function findLatestQuestionnaire(db: Executor) {
  return db
    .selectFrom('questionnaires')
    .select(['version', 'content'])
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findQuestionnaire(db: Executor, version: number) {
  return db
    .selectFrom('questionnaires')
    .select(['version', 'content'])
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Publishes a version once; an existing version is never rewritten. */
export function insertQuestionnaireIfAbsent(db: Executor, version: number, content: unknown) {
  return db
    .insertInto('questionnaires')
    .values({ version, content: JSON.stringify(content) })
    .onConflict((conflict) => conflict.column('version').doNothing())
    .execute();
}
