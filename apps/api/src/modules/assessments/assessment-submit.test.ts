import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createStaffUser, signUpArtisan } from '../../test/test-app.ts';

import {
  allBest,
  answerAll,
  context,
  handExample,
  questions,
  request,
  setUpAssessmentTests,
  submit,
} from './assessment-test-support.ts';

setUpAssessmentTests();

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
      message: 'Il reste 2 questions sans réponse.',
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
      questionnaireVersion: 2,
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
