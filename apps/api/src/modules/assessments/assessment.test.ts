import { type Answers, listQuestions, questionnaireV1 } from '@capnum/scoring';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createStaffUser,
  createTestContext,
  signUpArtisan,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
});
afterAll(async () => {
  await context.close();
});

const request = (
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

const questions = listQuestions(questionnaireV1);
const bestOption = (questionId: string) => {
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
const allBest = (): Answers =>
  Object.fromEntries(questions.map((question) => [question.id, bestOption(question.id)]));

/** The hand-computed example of the tests below: visibility 69, everything else 100. */
const handExample = (): Answers => ({
  ...allBest(),
  'vis-website': { choice: 'vis-website-up-to-date' }, // 3/3, weight 2
  'vis-google-profile': { choice: 'vis-gbp-basic' }, // 2/3, weight 2
  'vis-directories': { choices: ['vis-directories-pagesjaunes', 'vis-directories-chamber'] }, // 2/3
  'vis-reviews': { unknown: true }, // 0
  'vis-review-replies': { notApplicable: true }, // left out of the denominator
  'vis-consistent-details': { choice: 'vis-consistent-details-mostly' }, // 1/2
  'vis-opening-hours': { choice: 'vis-opening-hours-always' }, // 1
});

async function answerAll(user: TestUser, answers: Answers) {
  const response = await request(user, 'PATCH', '/api/assessments/draft', { payload: { answers } });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const submit = (user: TestUser, key: string) =>
  request(user, 'POST', '/api/assessments/draft/submit', { headers: { 'idempotency-key': key } });

describe('GET /api/questionnaire', () => {
  it('gives an artisan the published version with its themes, questions and options', async () => {
    const artisan = await signUpArtisan(context);
    const response = await request(artisan, 'GET', '/api/questionnaire');
    expect(response.statusCode).toBe(200);
    const questionnaire = response.json();
    expect(questionnaire.version).toBe(1);
    expect(questionnaire.themes.map((theme: { key: string }) => theme.key)).toEqual([
      'visibility',
      'referencing',
      'content',
      'social',
    ]);
    expect(questionnaire).toEqual(JSON.parse(JSON.stringify(questionnaireV1)));
    expect(response.headers.etag).toBe('"questionnaire-v1"');
    const revalidated = await request(artisan, 'GET', '/api/questionnaire', {
      headers: { 'if-none-match': '"questionnaire-v1"' },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
  });

  it('refuses the anonymous (401), advisors and staff (403)', async () => {
    expect((await request(undefined, 'GET', '/api/questionnaire')).statusCode).toBe(401);
    const advisor = await createStaffUser(context, 'advisor');
    const staff = await createStaffUser(context, 'staff');
    for (const user of [advisor, staff]) {
      const response = await request(user, 'GET', '/api/questionnaire');
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
      expect((await request(user, 'GET', '/api/assessments/draft')).statusCode).toBe(403);
      expect((await request(user, 'GET', '/api/assessments')).statusCode).toBe(403);
      expect(
        (await request(user, 'PATCH', '/api/assessments/draft', { payload: { answers: {} } }))
          .statusCode,
      ).toBe(403);
    }
  });
});

describe('the draft', () => {
  it('is created on first read, empty, and read back the same', async () => {
    const artisan = await signUpArtisan(context);
    const first = await request(artisan, 'GET', '/api/assessments/draft');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      id: expect.any(String),
      questionnaireVersion: 1,
      answers: {},
      progress: { answered: 0, total: questions.length, firstUnansweredId: 'vis-website' },
      updatedAt: '2026-05-01T08:00:00.000Z',
    });
    const second = await request(artisan, 'GET', '/api/assessments/draft');
    expect(second.json().id).toBe(first.json().id);
  });

  it('merges answers, clears one with null and reports where to resume', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, {
      'vis-website': { choice: 'vis-website-none' },
      'vis-google-profile': { unknown: true },
    });
    const draft = await answerAll(artisan, {
      'vis-google-profile': { choice: 'vis-gbp-complete' },
      'vis-directories': { choices: ['vis-directories-none'] },
    });
    expect(draft.answers).toEqual({
      'vis-website': { choice: 'vis-website-none' },
      'vis-google-profile': { choice: 'vis-gbp-complete' },
      'vis-directories': { choices: ['vis-directories-none'] },
    });
    expect(draft.progress).toEqual({
      answered: 3,
      total: questions.length,
      firstUnansweredId: 'vis-reviews',
    });
    const cleared = await request(artisan, 'PATCH', '/api/assessments/draft', {
      payload: { answers: { 'vis-website': null } },
    });
    expect(cleared.json().progress.firstUnansweredId).toBe('vis-website');
    expect(Object.keys(cleared.json().answers)).toEqual(['vis-directories', 'vis-google-profile']);
  });

  it('refuses unknown ids and answers of the wrong kind, naming the field, and saves nothing', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, { 'vis-website': { choice: 'vis-website-none' } });
    const response = await request(artisan, 'PATCH', '/api/assessments/draft', {
      payload: {
        answers: {
          'vis-reviews': { choice: 'vis-reviews-few' },
          'question-inventee': { unknown: true },
          'vis-website': { choices: ['vis-website-none'] },
          'vis-google-profile': { choice: 'option-inventee' },
          'vis-opening-hours': { notApplicable: true },
          'vis-directories': { choices: ['vis-directories-none', 'vis-directories-chamber'] },
        },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_ERROR',
      message:
        'Certaines réponses sont invalides : answers.question-inventee, answers.vis-website, answers.vis-google-profile, answers.vis-opening-hours, answers.vis-directories.',
      fields: [
        { field: 'answers.question-inventee', message: 'Question inconnue.' },
        {
          field: 'answers.vis-website',
          message: 'Choisissez une seule réponse pour cette question.',
        },
        {
          field: 'answers.vis-google-profile',
          message: 'La réponse « option-inventee » n’existe pas pour cette question.',
        },
        {
          field: 'answers.vis-opening-hours',
          message: 'La réponse « Non concerné » n’est pas possible pour cette question.',
        },
        {
          field: 'answers.vis-directories',
          message: expect.stringMatching(/ne peut pas être cochée avec une autre\.$/),
        },
      ],
    });
    const draft = (await request(artisan, 'GET', '/api/assessments/draft')).json();
    expect(draft.answers).toEqual({ 'vis-website': { choice: 'vis-website-none' } });
  });

  it('refuses malformed bodies with a 400', async () => {
    const artisan = await signUpArtisan(context);
    for (const payload of [
      {},
      { answers: [] },
      { answers: { 'vis-website': 'vis-website-none' } },
      { answers: { 'vis-website': { choice: 'vis-website-none', unknown: true } } },
      { answers: { 'vis-directories': { choices: [] } } },
      { answers: { 'vis-website': { unknown: false } } },
    ]) {
      const response = await request(artisan, 'PATCH', '/api/assessments/draft', { payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe('VALIDATION_ERROR');
    }
  });
});

describe('submitting', () => {
  it('needs an Idempotency-Key header', async () => {
    const artisan = await signUpArtisan(context);
    const response = await request(artisan, 'POST', '/api/assessments/draft/submit');
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        field: 'idempotency-key',
        message: 'L’en-tête Idempotency-Key est obligatoire pour envoyer le questionnaire.',
      },
    ]);
  });

  it('answers 422 listing the questions still missing', async () => {
    const artisan = await signUpArtisan(context);
    const { 'soc-links': _links, 'con-story': _story, ...almost } = allBest();
    await answerAll(artisan, almost);
    const response = await submit(artisan, 'cle-incomplete-1');
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      statusCode: 422,
      code: 'ASSESSMENT_INCOMPLETE',
      message: 'Il reste 2 question(s) sans réponse.',
      fields: [
        { field: 'answers.con-story', message: 'Réponse manquante.' },
        { field: 'answers.soc-links', message: 'Réponse manquante.' },
      ],
      missingQuestionIds: ['con-story', 'soc-links'],
    });
  });

  it('computes the profile of DESIGN.md’s formula, by hand', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, handExample());
    context.clock.set('2026-05-02T09:30:00.000Z');
    const response = await submit(artisan, 'cle-main-1');
    context.clock.set('2026-05-01T08:00:00.000Z');
    expect(response.statusCode).toBe(201);
    const assessment = response.json();
    // visibility: Σw = 2+2+1+1+1+1 = 8 (review replies N/A);
    // Σw·q = 2·1 + 2·(2/3) + 2/3 + 0 + 1/2 + 1 = 5.5 → round(100 · 5.5 / 8) = round(68.75) = 69.
    expect(assessment).toMatchObject({
      submittedAt: '2026-05-02T09:30:00.000Z',
      questionnaireVersion: 1,
      scoringVersion: '1.0.0',
      profile: {
        overall: { score: 92, level: 4 }, // round((69 + 100 + 100 + 100) / 4) = round(92.25)
        themes: [
          { key: 'visibility', score: 69, level: 3, answered: 5, unknown: 1 },
          { key: 'referencing', score: 100, level: 4, answered: 8, unknown: 0 },
          { key: 'content', score: 100, level: 4, answered: 7, unknown: 0 },
          { key: 'social', score: 100, level: 4, answered: 7, unknown: 0 },
        ],
        priorities: ['visibility'],
      },
    });
    // Actions: the biggest losses first — reviews unknown (1), Google profile (2/3), details (1/2).
    const adviceOf = (questionId: string, optionId?: string) => {
      const question = questions.find((candidate) => candidate.id === questionId);
      return optionId
        ? question?.options.find((option) => option.id === optionId)?.advice
        : question?.unknownAdvice;
    };
    expect(assessment.profile.actions).toEqual(
      [
        adviceOf('vis-reviews'),
        adviceOf('vis-google-profile', 'vis-gbp-basic'),
        adviceOf('vis-consistent-details', 'vis-consistent-details-mostly'),
      ].map((text) => ({ theme: 'visibility', text })),
    );
    const stored = await context.db
      .selectFrom('assessments')
      .select(['score_overall', 'score_visibility', 'score_social', 'level_overall', 'status'])
      .where('id', '=', assessment.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({
      score_overall: 92,
      score_visibility: 69,
      score_social: 100,
      level_overall: 4,
      status: 'submitted',
    });
  });

  it('gives the same assessment back on a replay, and 409 for a new key without a draft', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, allBest());
    const first = await submit(artisan, 'cle-rejeu-1');
    const replay = await submit(artisan, 'cle-rejeu-1');
    expect(first.statusCode).toBe(201);
    expect(replay.statusCode).toBe(201);
    expect(replay.json()).toEqual(first.json());
    const other = await submit(artisan, 'cle-rejeu-2');
    expect(other.statusCode).toBe(409);
    expect(other.json().code).toBe('NO_DRAFT');
  });

  it('makes one assessment of concurrent double submits', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, allBest());
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => submit(artisan, 'cle-concurrente-1')),
    );
    expect(responses.map((response) => response.statusCode)).toEqual([
      201, 201, 201, 201, 201, 201,
    ]);
    expect(new Set(responses.map((response) => response.json().id)).size).toBe(1);
    const { count } = await context.db
      .selectFrom('assessments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('artisan_id', '=', artisan.artisanId as string)
      .where('status', '=', 'submitted')
      .executeTakeFirstOrThrow();
    expect(count).toBe(1);
  });

  it('starts the next draft from the last answers and never changes a submitted one', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, handExample());
    const submitted = (await submit(artisan, 'cle-suivante-1')).json();
    const next = (await request(artisan, 'GET', '/api/assessments/draft')).json();
    expect(next.id).not.toBe(submitted.id);
    expect(next.answers).toEqual(handExample());
    expect(next.progress).toEqual({
      answered: questions.length,
      total: questions.length,
      firstUnansweredId: null,
    });

    await answerAll(artisan, { 'vis-reviews': { choice: 'vis-reviews-asked' } });
    const again = await request(artisan, 'GET', `/api/assessments/${submitted.id}`);
    expect(again.json()).toEqual(submitted);
    await expect(
      sql`update assessments set score_overall = 0 where id = ${submitted.id}`.execute(context.db),
    ).rejects.toThrow(/immutable/);
  });
});

describe('history and one profile', () => {
  it('lists my submissions newest first', async () => {
    const artisan = await signUpArtisan(context);
    await answerAll(artisan, handExample());
    context.clock.set('2026-03-01T10:00:00.000Z');
    const older = (await submit(artisan, 'cle-histoire-1')).json();
    await answerAll(artisan, allBest());
    context.clock.set('2026-04-01T10:00:00.000Z');
    const newer = (await submit(artisan, 'cle-histoire-2')).json();
    context.clock.set('2026-05-01T08:00:00.000Z');
    const response = await request(artisan, 'GET', '/api/assessments');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ assessments: [newer, older] });
    expect(newer.profile.overall.score).toBe(100);
  });

  it('shows an assessment to its owner only: 404 for another artisan, in or out of the chamber', async () => {
    const owner = await signUpArtisan(context);
    await answerAll(owner, allBest());
    const assessment = (await submit(owner, 'cle-proprietaire-1')).json();
    const neighbour = await signUpArtisan(context);
    const elsewhere = await signUpArtisan(context, { communeCode: '51454' });
    expect(elsewhere.chamberId).toBe(context.chambers.grandEst);
    for (const stranger of [neighbour, elsewhere]) {
      const response = await request(stranger, 'GET', `/api/assessments/${assessment.id}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        statusCode: 404,
        code: 'ASSESSMENT_NOT_FOUND',
        message: 'Autodiagnostic introuvable.',
      });
      expect((await request(stranger, 'GET', '/api/assessments')).json()).toEqual({
        assessments: [],
      });
    }
    const advisor = await createStaffUser(context, 'advisor');
    expect((await request(advisor, 'GET', `/api/assessments/${assessment.id}`)).statusCode).toBe(
      403,
    );
    expect((await request(undefined, 'GET', `/api/assessments/${assessment.id}`)).statusCode).toBe(
      401,
    );
    const malformed = await request(owner, 'GET', '/api/assessments/pas-un-uuid');
    expect(malformed.statusCode).toBe(400);
  });
});
