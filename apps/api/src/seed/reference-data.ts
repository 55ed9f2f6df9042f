import type { Db } from '../db/database.ts';
import { publishShippedQuestionnaires } from '../modules/questionnaires/questionnaire.service.ts';

/** What every database needs, demo or not: run at each start-up, idempotent. */
export async function ensureReferenceData(db: Db): Promise<void> {
  await publishShippedQuestionnaires(db);
}
