import { type Answers, listQuestions, questionnaireV2 } from '@capnum/scoring';
import { afterAll, beforeAll, expect } from 'vitest';
import { bearer, createTestContext, type TestContext, type TestUser } from '../../test/test-app.ts';

// What the assessment test files share: one context per file, requests as a
// user, and answers built from the shipped questionnaire.

export let context: TestContext;

/** Registers the hooks that give this test file its own context. */
export function setUpAssessmentTests(): void {
  beforeAll(async () => {
    context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
  });
  afterAll(async () => {
    await context.close();
  });
}

export const request = (
  user: TestUser | undefined,
  method: 'GET' | 'PATCH' | 'POST',
  url: string,
  options: { payload?: unknown; headers?: Record<string, string> } = {},
) =>
  context.app.inject({
    method,
    url,
    headers: { ...(user ? bearer(user) : {}), ...options.headers },
    ...(options.payload === undefined ? {} : { payload: options.payload as object }),
  });

/** The version artisans answer today. */
export const questions = listQuestions(questionnaireV2);
/** Asked only with a website (version 2): not asked before `vis-website` says so. */
export const websiteQuestionCount = questions.filter((question) => question.showIf).length;
export const bestOption = (questionId: string) => {
  const question = questions.find((candidate) => candidate.id === questionId);
  if (!question) throw new Error(questionId);
  if (question.type === 'single') {
    const best = [...question.options].sort((a, b) => b.points - a.points)[0];
    return { choice: best?.id as string };
  }
  return {
    choices: question.options.filter((option) => !option.exclusive).map((option) => option.id),
  };
};
export const allBest = (): Answers =>
  Object.fromEntries(questions.map((question) => [question.id, bestOption(question.id)]));

/** The hand-computed example of the tests below: visibility 69, everything else 100. */
export const handExample = (): Answers => ({
  ...allBest(),
  'vis-website': { choice: 'vis-website-up-to-date' }, // 3/3, weight 2
  'vis-google-profile': { choice: 'vis-gbp-basic' }, // 2/3, weight 2
  'vis-directories': { choices: ['vis-directories-pagesjaunes', 'vis-directories-chamber'] }, // 2/3
  'vis-reviews': { unknown: true }, // 0
  'vis-review-replies': { notApplicable: true }, // left out of the denominator
  'vis-consistent-details': { choice: 'vis-consistent-details-mostly' }, // 1/2
  'vis-opening-hours': { choice: 'vis-opening-hours-always' }, // 1
});

export async function answerAll(user: TestUser, answers: Answers) {
  const response = await request(user, 'PATCH', '/api/assessments/draft', { payload: { answers } });
  expect(response.statusCode).toBe(200);
  return response.json();
}

export const submit = (user: TestUser, key: string) =>
  request(user, 'POST', '/api/assessments/draft/submit', { headers: { 'idempotency-key': key } });
