import { questionnaireV2 } from '@capnum/scoring';
import { describe, expect, it } from 'vitest';
import { createStaffUser, signUpArtisan } from '../../test/test-app.ts';

import {
  allBest,
  answerAll,
  context,
  questions,
  request,
  setUpAssessmentTests,
  submit,
  websiteQuestionCount,
} from './assessment-test-support.ts';

setUpAssessmentTests();

describe('GET /api/questionnaire', () => {
  it('gives an artisan the published version with its themes, questions and options', async () => {
    const artisan = await signUpArtisan(context);
    const response = await request(artisan, 'GET', '/api/questionnaire');
    expect(response.statusCode).toBe(200);
    const questionnaire = response.json();
    expect(questionnaire.version).toBe(2);
    expect(questionnaire.themes.map((theme: { key: string }) => theme.key)).toEqual([
      'visibility',
      'referencing',
      'content',
      'social',
    ]);
    expect(questionnaire).toEqual(JSON.parse(JSON.stringify(questionnaireV2)));
    expect(response.headers.etag).toBe('"questionnaire-v2"');
    const revalidated = await request(artisan, 'GET', '/api/questionnaire', {
      headers: { 'if-none-match': '"questionnaire-v2"' },
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
  it('starts a new assessment from the last one, and says which answers were last time’s', async () => {
    const artisan = await signUpArtisan(context);
    const answers = allBest();
    await answerAll(artisan, answers);
    expect((await submit(artisan, 'cle-refaire-1')).statusCode).toBe(201);
    const next = (await request(artisan, 'GET', '/api/assessments/draft')).json();
    expect(next.answers).toEqual(answers);
    expect(next.previousAnswers).toEqual(answers);
    // An autosave answers without them: one query lighter on the busiest route.
    const saved = await answerAll(artisan, { 'vis-website': { choice: 'vis-website-none' } });
    expect(saved).not.toHaveProperty('previousAnswers');
    // Another artisan's last answers never show.
    const other = await signUpArtisan(context);
    expect(
      (await request(other, 'GET', '/api/assessments/draft')).json().previousAnswers,
    ).toBeNull();
  });

  it('is created on first read, empty, and read back the same', async () => {
    const artisan = await signUpArtisan(context);
    const first = await request(artisan, 'GET', '/api/assessments/draft');
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      id: expect.any(String),
      questionnaireVersion: 2,
      answers: {},
      // The website questions wait for the answer to the first one.
      progress: {
        answered: 0,
        total: questions.length - websiteQuestionCount,
        firstUnansweredId: 'vis-website',
      },
      updatedAt: '2026-05-01T08:00:00.000Z',
      // Nothing sent yet: no answers of last time to mark.
      previousAnswers: null,
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
    // No website: its seven questions are not asked.
    expect(draft.progress).toEqual({
      answered: 3,
      total: questions.length - websiteQuestionCount,
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
