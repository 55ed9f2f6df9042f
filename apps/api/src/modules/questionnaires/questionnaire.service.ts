import {
  type Questionnaire,
  QuestionnaireSchema,
  questionnaireV1,
  questionnaireV2,
} from '@capnum/scoring';
import type { Db } from '../../db/database.ts';
import { NotFoundError } from '../../lib/errors.ts';
import * as repository from './questionnaire.repository.ts';

/** Versions shipped with this release, published at start-up if absent. */
export const shippedQuestionnaires: Questionnaire[] = [questionnaireV1, questionnaireV2];

export async function publishShippedQuestionnaires(db: Db): Promise<void> {
  for (const questionnaire of shippedQuestionnaires) {
    await repository.insertQuestionnaireIfAbsent(
      db,
      questionnaire.version,
      QuestionnaireSchema.parse(questionnaire),
    );
  }
}

/** Published versions never change, so each is parsed once and kept. */
export function createQuestionnaireService(db: Db) {
  const byVersion = new Map<number, Questionnaire>();
  const loadingVersions = new Map<number, Promise<Questionnaire>>();
  let latestVersion: number | undefined;

  function remember(row: { version: number; content: unknown }): Questionnaire {
    const parsed = QuestionnaireSchema.parse(row.content);
    byVersion.set(row.version, parsed);
    return parsed;
  }

  const serialized = new Map<number, { json: string; etag: string }>();

  return {
    /** The current version as JSON text with an ETag: phones revalidate instead of downloading again. */
    async currentSerialized(): Promise<{
      questionnaire: Questionnaire;
      json: string;
      etag: string;
    }> {
      const questionnaire = await this.current();
      let entry = serialized.get(questionnaire.version);
      if (!entry) {
        entry = {
          json: JSON.stringify(questionnaire),
          etag: `"questionnaire-v${questionnaire.version}"`,
        };
        serialized.set(questionnaire.version, entry);
      }
      return { questionnaire, ...entry };
    },

    async current(): Promise<Questionnaire> {
      if (latestVersion !== undefined) return byVersion.get(latestVersion) as Questionnaire;
      const row = await repository.findLatestQuestionnaire(db);
      if (!row) throw new NotFoundError('Aucun questionnaire n’est publié.', 'NO_QUESTIONNAIRE');
      const parsed = remember(row);
      latestVersion = row.version;
      return parsed;
    },

    async version(version: number): Promise<Questionnaire> {
      const known = byVersion.get(version);
      if (known) return known;
      // Requests that arrive together before the first answer share one read.
      let loading = loadingVersions.get(version);
      if (!loading) {
        loading = repository
          .findQuestionnaire(db, version)
          .then((row) => {
            if (!row) {
              throw new NotFoundError('Version de questionnaire inconnue.', 'NO_QUESTIONNAIRE');
            }
            return remember(row);
          })
          .finally(() => loadingVersions.delete(version));
        loadingVersions.set(version, loading);
      }
      return loading;
    },
  };
}

export type QuestionnaireService = ReturnType<typeof createQuestionnaireService>;
