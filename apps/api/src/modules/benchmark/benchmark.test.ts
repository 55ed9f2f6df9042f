import type { Benchmark, BenchmarkScope } from '@capnum/contracts';
import type { Answers } from '@capnum/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { as, createArtisan, type TestArtisan } from '../../test/fixtures.ts';
import {
  createStaffUser,
  createTestContext,
  signUpArtisan,
  TEST_PASSWORD,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';
import { allBest, handExample, questions } from '../assessments/assessment-test-support.ts';
import { findOwnAssessment } from './benchmark.repository.ts';
import { windowStart } from './benchmark.service.ts';
import { flat, submitScores, type ThemeScores } from './benchmark-test-support.ts';
import { rawComparison } from './raw-comparison.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
});
afterAll(async () => {
  await context.close();
});

const RECENT = '2026-03-10T10:00:00Z';
const benchmarkOf = (user: { token: string } | undefined, assessmentId: string) =>
  as(context, user).get(`/api/assessments/${assessmentId}/benchmark`);

/** The API's figures must equal those of a plain query over the raw assessment rows. */
async function expectSameAsRawRows(
  user: { artisanId?: string | undefined; chamberId: string },
  assessmentId: string,
  benchmark: Benchmark,
) {
  const owner = { artisanId: user.artisanId as string, chamberId: user.chamberId };
  const own = await findOwnAssessment(context.db, owner, assessmentId);
  if (!own || !benchmark.comparison) throw new Error('nothing to compare');
  const raw = await rawComparison(
    context.db,
    benchmark.comparison.group.scope,
    own.peer,
    windowStart(context.clock.now()),
    own.scores,
  );
  expect(benchmark.comparison.group.size).toBe(raw.size);
  const { overall, themes } = benchmark.comparison;
  expect(overall).toEqual(raw.positions.overall);
  for (const { key, ...position } of themes) expect(position).toEqual(raw.positions[key]);
}

describe('GET /api/assessments/:id/benchmark on crafted groups', () => {
  // Group A: alimentation, 1 to 2 employees, Yonne: exactly 15 artisans with a latest
  // assessment in the last 24 months. Their theme scores: x on visibility, content and
  // social, 100 − x on referencing, overall round(x / 2 + 25). Mine: x = 50.
  const others = [10, 20, 30, 40, 40, 50, 50, 60, 60, 70, 80, 90, 95, 100];
  const scoresAt = (x: number): ThemeScores => ({
    visibility: x,
    referencing: 100 - x,
    content: x,
    social: x,
  });
  let me: TestArtisan;
  let mine: { latest: string; older: string };
  const members: Record<'b' | 'c' | 'd' | 'e', { artisan: TestArtisan; assessment: string }> =
    {} as never;

  beforeAll(async () => {
    const groupA = { sector: 'alimentation', employeeBand: '1-2', communeCode: '89024' } as const;
    me = await createArtisan(context, { ...groupA, shareWithAdvisor: true });
    mine = {
      older: await submitScores(context, me, flat(20), '2025-06-01T10:00:00Z'),
      latest: await submitScores(context, me, scoresAt(50), RECENT),
    };
    for (const x of others) {
      const artisan = await createArtisan(context, groupA);
      // Only the latest assessment of an artisan counts.
      if (x === 100) await submitScores(context, artisan, flat(0), '2025-06-01T10:00:00Z');
      await submitScores(context, artisan, scoresAt(x), RECENT);
    }
    // Never counted: a latest assessment older than 24 months, and no assessment at all.
    await submitScores(
      context,
      await createArtisan(context, groupA),
      flat(0),
      '2024-04-20T10:00:00Z',
    );
    await createArtisan(context, groupA);

    // Group B: alimentation without employees in the Yonne: 14, one short of the minimum.
    for (let index = 0; index < 14; index += 1) {
      const artisan = await createArtisan(context, { ...groupA, employeeBand: '0' });
      const assessment = await submitScores(context, artisan, flat(30), RECENT);
      if (index === 0) members.b = { artisan, assessment };
    }
    // C: the only builder of 3 to 9 employees in Côte-d'Or; 15 builders in the chamber.
    const c = await createArtisan(context, {
      sector: 'batiment',
      employeeBand: '3-9',
      communeCode: '21231',
    });
    members.c = { artisan: c, assessment: await submitScores(context, c, flat(64), RECENT) };
    for (let index = 0; index < 14; index += 1) {
      const artisan = await createArtisan(context, {
        sector: 'batiment',
        communeCode: index % 2 ? '25056' : '58194',
      });
      await submitScores(context, artisan, flat(40 + index), RECENT);
    }
    // D: makers of the other chamber (3 there, 12 here): 15 only across both chambers.
    for (let index = 0; index < 15; index += 1) {
      const artisan = await createArtisan(
        context,
        index < 3
          ? { chamber: 'grandEst', sector: 'fabrication' }
          : { sector: 'fabrication', employeeBand: '0', communeCode: '21231' },
      );
      const assessment = await submitScores(context, artisan, flat(5 * index), RECENT);
      if (index === 0) members.d = { artisan, assessment };
    }
    // E: the only services business anywhere: everyone is the group.
    const e = await createArtisan(context, { chamber: 'grandEst', sector: 'services' });
    members.e = { artisan: e, assessment: await submitScores(context, e, flat(55), RECENT) };
  });

  it('compares with the most specific group, named, with percentiles and quartiles (by hand)', async () => {
    const response = await benchmarkOf(me, mine.latest);
    expect(response.statusCode).toBe(200);
    const benchmark: Benchmark = response.json();
    expect(benchmark).toEqual({
      assessmentId: mine.latest,
      minimumGroupSize: 15,
      since: '2024-05-01T08:00:00.000Z',
      comparison: {
        group: {
          scope: 'sector-band-departement',
          size: 15,
          label: 'comparé à 15 artisans de l’alimentation de 1 à 2 salariés dans l’Yonne',
        },
        // Overall, sorted: 30 35 40 45 45 50 50 50 55 55 60 65 70 73 75.
        // 5 below 50 and 3 equal: 6.5 / 15 = 43 %; Q1 at rank 3.5, median at 7, Q3 at 10.5.
        overall: { score: 50, percentile: 43, lowerQuartile: 45, median: 50, upperQuartile: 62.5 },
        themes: [
          // 10 20 30 40 40 50 50 50 60 60 70 80 90 95 100.
          {
            key: 'visibility',
            score: 50,
            percentile: 43,
            lowerQuartile: 40,
            median: 50,
            upperQuartile: 75,
          },
          // 0 5 10 20 30 40 40 50 50 50 60 60 70 80 90: 7 below, 3 equal → 8.5 / 15 = 57 %.
          {
            key: 'referencing',
            score: 50,
            percentile: 57,
            lowerQuartile: 25,
            median: 50,
            upperQuartile: 60,
          },
          {
            key: 'content',
            score: 50,
            percentile: 43,
            lowerQuartile: 40,
            median: 50,
            upperQuartile: 75,
          },
          {
            key: 'social',
            score: 50,
            percentile: 43,
            lowerQuartile: 40,
            median: 50,
            upperQuartile: 75,
          },
        ],
      },
    });
    // Never anything that singles an artisan out.
    expect(JSON.stringify(benchmark.comparison)).not.toMatch(/min|max/i);
    await expectSameAsRawRows(me, mine.latest, benchmark);
  });

  it('places an older assessment against today’s group', async () => {
    const benchmark: Benchmark = (await benchmarkOf(me, mine.older)).json();
    // 20 everywhere: overall nobody below (0 %); visibility 1 below, 1 equal (1.5 / 15 = 10 %);
    // referencing 3 below, 1 equal (3.5 / 15 = 23 %).
    expect(benchmark.comparison?.overall.percentile).toBe(0);
    expect(benchmark.comparison?.themes.map((theme) => theme.percentile)).toEqual([10, 23, 10, 10]);
    expect(benchmark.comparison?.overall.median).toBe(50);
    await expectSameAsRawRows(me, mine.older, benchmark);
  });

  it('falls back group by group, skipping a group one short of the minimum', async () => {
    const expected: Record<'b' | 'c' | 'd' | 'e', [BenchmarkScope, number, string]> = {
      // 14 without employees in the Yonne: too few; with group A, 29 in the food trades there.
      b: ['sector-departement', 29, 'comparé à 29 artisans de l’alimentation dans l’Yonne'],
      c: [
        'sector-chamber',
        15,
        'comparé à 15 artisans du bâtiment, membres de la CMA Bourgogne-Franche-Comté',
      ],
      d: ['sector', 15, 'comparé à 15 artisans de la fabrication, toutes chambres confondues'],
      // 15 + 14 + 15 + 15 + 1 with a latest assessment in the window.
      e: ['everyone', 60, 'comparé à 60 artisans, tous secteurs et toutes chambres confondus'],
    };
    for (const key of ['b', 'c', 'd', 'e'] as const) {
      const { artisan, assessment } = members[key];
      const response = await benchmarkOf(artisan, assessment);
      expect(response.statusCode).toBe(200);
      const benchmark: Benchmark = response.json();
      const [scope, size, label] = expected[key];
      expect(benchmark.comparison?.group).toEqual({ scope, size, label });
      await expectSameAsRawRows(artisan, assessment, benchmark);
    }
    // B by hand: 30 overall; nobody in the 29 below, 15 equal (14 and A's x = 10) → 26 %;
    // sorted, ranks 0 to 14 are 30, then 35 40 45 45 50 50 50: Q3 at rank 21 is 50.
    const b: Benchmark = (await benchmarkOf(members.b.artisan, members.b.assessment)).json();
    expect(b.comparison?.overall).toEqual({
      score: 30,
      percentile: 26,
      lowerQuartile: 30,
      median: 30,
      upperQuartile: 50,
    });
  });

  it('compares with nobody while even everyone is fewer than the minimum', async () => {
    const strict = await createTestContext({ config: { BENCHMARK_MIN_GROUP: 61 } });
    try {
      const artisan = await createArtisan(strict);
      const assessment = await submitScores(strict, artisan, flat(10), RECENT);
      const response = await as(strict, artisan).get(`/api/assessments/${assessment}/benchmark`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        assessmentId: assessment,
        minimumGroupSize: 61,
        since: '2024-05-01T08:00:00.000Z',
        comparison: null,
      });
    } finally {
      await strict.close();
    }
  });

  it('gives the percentile of each assessment over time against today’s group', async () => {
    const response = await as(context, me).get('/api/assessments/benchmark');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      minimumGroupSize: 15,
      since: '2024-05-01T08:00:00.000Z',
      group: {
        scope: 'sector-band-departement',
        size: 15,
        label: 'comparé à 15 artisans de l’alimentation de 1 à 2 salariés dans l’Yonne',
      },
      points: [
        {
          assessmentId: mine.older,
          submittedAt: '2025-06-01T10:00:00.000Z',
          overall: 0,
          themes: { visibility: 10, referencing: 23, content: 10, social: 10 },
        },
        {
          assessmentId: mine.latest,
          submittedAt: '2026-03-10T10:00:00.000Z',
          overall: 43,
          themes: { visibility: 43, referencing: 57, content: 43, social: 43 },
        },
      ],
    });
  });

  it('is read by its owner only: another artisan gets 404, other roles as for the assessment', async () => {
    const other = members.e.artisan;
    const foreign = await benchmarkOf(other, mine.latest);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({
      statusCode: 404,
      code: 'ASSESSMENT_NOT_FOUND',
      message: 'Autodiagnostic introuvable.',
    });
    // Someone else's history never shows either: the other artisan reads their own.
    const history = (await as(context, other).get('/api/assessments/benchmark')).json();
    expect(history.points.map((point: { assessmentId: string }) => point.assessmentId)).toEqual([
      members.e.assessment,
    ]);
    expect((await benchmarkOf(undefined, mine.latest)).statusCode).toBe(401);
    for (const role of ['advisor', 'staff'] as const) {
      const user = await createStaffUser(context, role);
      expect((await benchmarkOf(user, mine.latest)).statusCode).toBe(403);
      expect((await as(context, user).get('/api/assessments/benchmark')).statusCode).toBe(403);
    }
    const malformed = await benchmarkOf(me, 'pas-un-identifiant');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().message).toBe('Certains champs sont invalides : id.');
    const unknown = await benchmarkOf(me, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });

  it('shows in the member file to an advisor who may read the member, and only then', async () => {
    const advisor = await createStaffUser(context, 'advisor');
    const file = await as(context, advisor).get(`/api/advisor/members/${me.artisanId}`);
    expect(file.statusCode).toBe(200);
    const own: Benchmark = (await benchmarkOf(me, mine.latest)).json();
    expect(file.json().benchmark).toEqual(own);
    // Not sharing, or another chamber: the member (and their comparison) does not exist.
    const notSharing = await as(context, advisor).get(
      `/api/advisor/members/${members.b.artisan.artisanId}`,
    );
    expect(notSharing.statusCode).toBe(404);
    const foreignAdvisor = await createStaffUser(context, 'advisor', 'grandEst');
    expect(
      (await as(context, foreignAdvisor).get(`/api/advisor/members/${me.artisanId}`)).statusCode,
    ).toBe(404);
  });
});

describe('the distributions stay exact', () => {
  const unknownEverywhere = (): Answers =>
    Object.fromEntries(questions.map((question) => [question.id, { unknown: true }]));
  const answerSets = [allBest, handExample, unknownEverywhere];

  async function submitThroughApi(user: TestUser, answers: Answers, key: string) {
    const client = as(context, user);
    expect((await client.get('/api/assessments/draft')).statusCode).toBe(200);
    expect((await client.patch('/api/assessments/draft', { answers })).statusCode).toBe(200);
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/assessments/draft/submit',
      headers: { authorization: `Bearer ${user.token}`, 'idempotency-key': key },
    });
    expect(response.statusCode).toBe(201);
    return response.json().id as string;
  }

  it('under a burst of concurrent submits, after an erasure and after a change of business', async () => {
    // 16 service businesses of 1 to 2 employees in the Yonne, signed up through the API.
    const artisans: TestUser[] = [];
    for (let index = 0; index < 16; index += 1) {
      artisans.push(await signUpArtisan(context, { sector: 'services' }));
    }
    const latest = new Map<string, string>();
    for (const [round, at] of [
      [0, '2026-05-01T08:00:00Z'],
      [1, '2026-05-01T09:00:00Z'],
    ] as const) {
      context.clock.set(at);
      await Promise.all(
        artisans.map(async (artisan, index) => {
          // The artisan erased below answers the same twice (the erasure keeps only the month).
          const answers = answerSets[(index + (index === 5 ? 0 : round)) % 3]?.() as Answers;
          latest.set(
            artisan.id,
            await submitThroughApi(artisan, answers, `rafale-${round}-${index}`),
          );
        }),
      );
    }
    const [first] = artisans as [TestUser];
    const check = async (user: TestUser, size: number) => {
      const assessmentId = latest.get(user.id) as string;
      const response = await benchmarkOf(user, assessmentId);
      expect(response.statusCode).toBe(200);
      const benchmark: Benchmark = response.json();
      expect(benchmark.comparison?.group.size).toBe(size);
      await expectSameAsRawRows(user, assessmentId, benchmark);
      return benchmark;
    };
    const burst = await check(first, 16);
    expect(burst.comparison?.group.label).toBe(
      'comparé à 16 artisans des services de 1 à 2 salariés dans l’Yonne',
    );

    // Erased: an anonymous row keeps the scores in the group.
    const erasing = artisans[5] as TestUser;
    const erased = await context.app.inject({
      method: 'DELETE',
      url: '/api/me',
      headers: { authorization: `Bearer ${erasing.token}` },
      payload: { password: TEST_PASSWORD },
    });
    expect(erased.statusCode).toBe(200);
    expect((await check(first, 16)).comparison).toEqual(burst.comparison);

    // A business that becomes a food one leaves the services group for the food one.
    const moving = artisans[6] as TestUser;
    const moved = await as(context, moving).put('/api/me/business', {
      businessName: 'Traiteur du Pont',
      trade: 'Traiteur',
      sector: 'alimentation',
      employeeBand: '1-2',
    });
    expect(moved.statusCode).toBe(200);
    await check(first, 15);
    // Group A (15 artisans, see above) and the newcomer.
    const joined = await check(moving, 16);
    expect(joined.comparison?.group.label).toBe(
      'comparé à 16 artisans de l’alimentation de 1 à 2 salariés dans l’Yonne',
    );
  });
});

describe('BENCHMARK_MIN_GROUP', () => {
  it('is 15 by default, never below K_ANONYMITY, and refused at start below it', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).BENCHMARK_MIN_GROUP).toBe(15);
    expect(loadConfig({ NODE_ENV: 'test', K_ANONYMITY: '20' }).BENCHMARK_MIN_GROUP).toBe(20);
    expect(loadConfig({ NODE_ENV: 'test', BENCHMARK_MIN_GROUP: '30' }).BENCHMARK_MIN_GROUP).toBe(
      30,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'test', K_ANONYMITY: '10', BENCHMARK_MIN_GROUP: '9' }),
    ).toThrow(/BENCHMARK_MIN_GROUP \(9\) ne peut pas être inférieur à K_ANONYMITY \(10\)/);
    expect(() => loadConfig({ NODE_ENV: 'test', BENCHMARK_MIN_GROUP: '4' })).toThrow(
      /BENCHMARK_MIN_GROUP ne peut pas être inférieur à 5/,
    );
  });
});
