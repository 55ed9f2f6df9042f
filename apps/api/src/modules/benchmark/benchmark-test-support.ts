import { randomUUID } from 'node:crypto';
import type { ThemeKey } from '@capnum/contracts';
import { levelFor, type Profile, questionnaireV1, SCORING_VERSION } from '@capnum/scoring';
import type { TestContext } from '../../test/test-app.ts';
import { insertSubmittedAssessment } from '../assessments/assessment.repository.ts';

export type ThemeScores = Record<ThemeKey, number>;

/** A profile with these theme scores, its overall their rounded mean, as the scoring states it. */
export function profileWith(themes: ThemeScores): Profile {
  const keys = Object.keys(themes) as ThemeKey[];
  const overall = Math.round(keys.reduce((sum, key) => sum + themes[key], 0) / keys.length);
  return {
    overall: { score: overall, level: levelFor(overall).level },
    themes: keys.map((key) => ({
      key,
      score: themes[key],
      level: levelFor(themes[key]).level,
      answered: 5,
      unknown: 0,
    })),
    priorities: [],
    actions: [],
  };
}

/** A submission with exactly these scores, written the way the demo data writes one. */
export async function submitScores(
  context: Pick<TestContext, 'db'>,
  owner: { artisanId: string; chamberId: string },
  themes: ThemeScores,
  submittedAt: string | Date,
): Promise<string> {
  const idempotencyKey = randomUUID();
  await insertSubmittedAssessment(context.db, owner, {
    questionnaireVersion: questionnaireV1.version,
    answers: {},
    profile: profileWith(themes),
    scoringVersion: SCORING_VERSION,
    idempotencyKey,
    submittedAt: new Date(submittedAt),
  });
  const { id } = await context.db
    .selectFrom('assessments')
    .select('id')
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirstOrThrow();
  return id;
}

/** The same score on every theme (and so overall). */
export const flat = (score: number): ThemeScores => ({
  visibility: score,
  referencing: score,
  content: score,
  social: score,
});
