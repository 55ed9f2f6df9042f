import { computeProfile, questionnaireV1 } from '@capnum/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersAt, as, createArtisan, createAssessment } from './fixtures.ts';
import { createTestContext, type TestContext } from './test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext();
});

afterAll(() => context.close());

describe('the fixture layer', () => {
  it('creates an artisan whose token the API accepts, in the chamber of their commune', async () => {
    const artisan = await createArtisan(context, { chamber: 'grandEst', sector: 'alimentation' });
    const me = await as(context, artisan).get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      id: artisan.id,
      role: 'artisan',
      chamber: { id: context.chambers.grandEst },
      emailConfirmed: true,
    });
    expect(artisan.departement).toBe('67');
  });

  it('stores an assessment the API reads back with the real scores', async () => {
    const artisan = await createArtisan(context);
    const created = await createAssessment(context, artisan, { maturity: 0.8 });
    expect(created.profile).toEqual(computeProfile(questionnaireV1, answersAt(0.8)));
    const read = await as(context, artisan).get(`/api/assessments/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().profile).toEqual(created.profile);
    expect(read.json().submittedAt).toBe('2026-04-15T10:00:00.000Z');
  });

  it('draws answers from the weakest to the best options', () => {
    const weakest = computeProfile(questionnaireV1, answersAt(0));
    const best = computeProfile(questionnaireV1, answersAt(1));
    expect(weakest.overall.level).toBe(1);
    expect(best.overall).toEqual({ score: 100, level: 4 });
  });

  it('sends requests as nobody when no user is given', async () => {
    expect((await as(context).get('/api/me')).statusCode).toBe(401);
  });
});
