import { computeProfile, type Profile, questionnaireV1 } from '@capnum/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  answersAt,
  as,
  createArtisan,
  createAssessment,
  type TestArtisan,
} from '../../../test/fixtures.ts';
import { insertStop } from '../../tour/tour-fixtures.ts';
import { auditOf, context, otherStaff, setUpStaffTests, staff } from '../staff-test-support.ts';

setUpStaffTests();

const scoreOf = (profile: Profile, theme: string) =>
  profile.themes.find((entry) => entry.key === theme)?.score ?? 0;
const change = (before: number, after: number, theme: string) =>
  scoreOf(computeProfile(questionnaireV1, answersAt(after)), theme) -
  scoreOf(computeProfile(questionnaireV1, answersAt(before)), theme);
const mean = (values: number[]) =>
  Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/** Maturity before and after, per member of each group. */
const referencingCohort = [
  [0.1, 0.5],
  [0.2, 0.6],
  [0.3, 0.4],
  [0.2, 0.9],
  [0.4, 0.8],
];
const withoutWorkshop = [
  [0.3, 0.3],
  [0.5, 0.6],
  [0.2, 0.1],
  [0.4, 0.7],
  [0.6, 0.6],
];
let stop: Awaited<ReturnType<typeof insertStop>>;

async function attend(artisan: TestArtisan, sessionId: string, status = 'attended') {
  await context.db
    .insertInto('registrations')
    .values({
      session_id: sessionId,
      artisan_id: artisan.artisanId,
      chamber_id: artisan.chamberId,
      status: status as 'attended',
    })
    .execute();
}

beforeAll(async () => {
  stop = await insertStop(context, {
    communeCode: '89024',
    date: '2026-03-10',
    sessions: [
      { workshop: 'referencing-decouverte', start: '10:00', end: '11:00' },
      { workshop: 'social-decouverte', start: '14:00', end: '15:00' },
    ],
  });
  const [referencing, social] = stop.sessionIds as [string, string];
  for (const [before, after] of referencingCohort) {
    const artisan = await createArtisan(context);
    await createAssessment(context, artisan, {
      maturity: before,
      submittedAt: '2026-02-01T10:00:00Z',
    });
    await createAssessment(context, artisan, {
      maturity: after,
      submittedAt: '2026-04-01T10:00:00Z',
    });
    await attend(artisan, referencing);
  }
  for (const [before, after] of withoutWorkshop) {
    const artisan = await createArtisan(context);
    await createAssessment(context, artisan, {
      maturity: before,
      submittedAt: '2026-02-01T10:00:00Z',
    });
    await createAssessment(context, artisan, {
      maturity: after,
      submittedAt: '2026-04-01T10:00:00Z',
    });
  }
  // Two at the social workshop: too few to show, and they never assessed again.
  for (const maturity of [0.2, 0.3]) {
    const artisan = await createArtisan(context);
    await createAssessment(context, artisan, { maturity, submittedAt: '2026-02-01T10:00:00Z' });
    await attend(artisan, social);
  }
  // Booked, never came.
  await attend(await createArtisan(context), referencing, 'confirmed');
});

describe('programme impact', () => {
  it('compares the points gained after a workshop with the artisans who had none, by hand', async () => {
    const response = await as(context, staff).get('/api/staff/aggregates/impact?from=2026-01-01');
    expect(response.statusCode).toBe(200);
    const byTheme = Object.fromEntries(
      response.json().themes.map((row: { theme: string }) => [row.theme, row]),
    );
    expect(byTheme.referencing).toEqual({
      theme: 'referencing',
      attended: {
        n: 5,
        meanChange: mean(
          referencingCohort.map(([b, a]) => change(b as number, a as number, 'referencing')),
        ),
      },
      others: {
        n: 5,
        meanChange: mean(
          withoutWorkshop.map(([b, a]) => change(b as number, a as number, 'referencing')),
        ),
      },
    });
    // Two social attendees: hidden; the others are the ten artisans with two assessments.
    expect(byTheme.social.attended).toEqual({ n: null, meanChange: null });
    expect(byTheme.social.others.n).toBe(10);
    expect(response.json().k).toBe(5);
  });

  it('shows another chamber nothing of these', async () => {
    const response = await as(context, otherStaff).get('/api/staff/aggregates/impact');
    for (const row of response.json().themes) {
      expect(row).toMatchObject({ attended: { n: null }, others: { n: null } });
    }
  });
});

describe('van activity', () => {
  it('counts registrations, attendance and no-shows per session, and the follow-up per stop', async () => {
    const response = await as(context, staff).get(
      '/api/staff/aggregates/activity?from=2026-03-01&to=2026-03-31',
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().stops).toEqual([
      {
        id: stop.stopId,
        communeName: 'Auxerre',
        date: '2026-03-10',
        attendees: 7,
        reassessedShare: 71.4,
        sessions: [
          expect.objectContaining({
            id: stop.sessionIds[0],
            registered: 6,
            waitlisted: 0,
            attended: 5,
            noShows: 1,
            attendanceRate: 83.3,
          }),
          expect.objectContaining({
            id: stop.sessionIds[1],
            registered: 2,
            attended: 2,
            noShows: 0,
          }),
        ],
      },
    ]);
  });

  it('exports both views as CSV, audited', async () => {
    const csv = await as(context, staff).get(
      '/api/staff/aggregates/activity.csv?from=2026-03-01&to=2026-03-31',
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="activite-du-van-cma-bourgogne-franche-comte-2026-05-01.csv"',
    );
    expect(csv.body.split('\r\n')[1]).toMatch(/^2026-03-10;Auxerre;.+;12;6;0;5;1;83,3;71,4$/);
    const impact = await as(context, staff).get('/api/staff/aggregates/impact.csv');
    expect(impact.body.startsWith('\uFEFFThème;Passés par l’atelier : artisans;')).toBe(true);
    expect(await auditOf('aggregates.exported', 'view', 'activity')).toEqual([
      expect.objectContaining({
        actor_id: staff.id,
        details: {
          view: 'activity',
          format: 'csv',
          query: { from: '2026-03-01', to: '2026-03-31' },
          rows: 2,
        },
      }),
    ]);
  });
});
