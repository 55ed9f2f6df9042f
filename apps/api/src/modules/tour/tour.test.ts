import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workshopCatalogue } from '../../seed/workshop-catalogue.ts';
import {
  bearer,
  createStaffUser,
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';
import { insertArtisans, insertAssessment, insertStop, seedCatalogues } from './tour-fixtures.ts';

let context: TestContext;
let workshops: Awaited<ReturnType<typeof seedCatalogues>>;
const stops = {} as Record<
  'pastAuxerre' | 'todaySens' | 'nevers' | 'auxerre' | 'dijon' | 'reims',
  Awaited<ReturnType<typeof insertStop>>
>;

const NOW = '2026-05-01T08:00:00.000Z'; // Friday 1 May 2026, 10:00 in Paris

beforeAll(async () => {
  context = await createTestContext({ now: NOW });
  workshops = await seedCatalogues(context);
  stops.pastAuxerre = await insertStop(context, {
    communeCode: '89024',
    date: '2026-04-30',
    sessions: [{ workshop: 'visibility-decouverte', start: '09:00', end: '10:00' }],
  });
  stops.todaySens = await insertStop(context, {
    communeCode: '89387',
    date: '2026-05-01',
    address: 'Place de la République',
    sessions: [
      { workshop: 'visibility-decouverte', start: '09:00', end: '10:00' },
      { workshop: 'social-decouverte', start: '14:00', end: '15:00' },
    ],
  });
  stops.nevers = await insertStop(context, {
    communeCode: '58194',
    date: '2026-05-05',
    address: 'Place Carnot',
    sessions: [{ workshop: 'content-decouverte', start: '09:00', end: '10:00' }],
  });
  stops.auxerre = await insertStop(context, {
    communeCode: '89024',
    date: '2026-05-12',
    address: 'Place de l’Arquebuse',
    sessions: [
      { workshop: 'visibility-decouverte', start: '09:00', end: '10:00' },
      { workshop: 'referencing-decouverte', start: '09:00', end: '10:00', capacity: 1 },
      { workshop: 'referencing-approfondissement', start: '10:30', end: '12:30' },
      { workshop: 'content-approfondissement', start: '14:00', end: '15:30', capacity: 8 },
      { workshop: 'social-decouverte', start: '14:00', end: '15:00', cancelled: true },
      { workshop: 'referencing-expert', start: '15:30', end: '17:30', capacity: 15 },
    ],
  });
  stops.dijon = await insertStop(context, {
    communeCode: '21231',
    date: '2026-09-15',
    address: 'Place Darcy',
    sessions: [{ workshop: 'visibility-expert', start: '14:00', end: '15:30' }],
  });
  stops.reims = await insertStop(context, {
    chamber: 'grandEst',
    communeCode: '51454',
    date: '2026-05-04',
    address: 'Place Drouet-d’Erlon',
    sessions: [{ workshop: 'social-expert', start: '10:00', end: '12:00' }],
  });
  // The 1-seat referencing session at Auxerre is full.
  const [someone] = await insertArtisans(context, 1);
  await context.db
    .insertInto('registrations')
    .values({
      session_id: stops.auxerre.sessionIds[1] as string,
      artisan_id: someone?.artisanId as string,
      chamber_id: context.chambers.bfc,
      status: 'confirmed',
    })
    .execute();
});
afterAll(async () => {
  await context.close();
});

const get = (user: TestUser | undefined, url: string) =>
  context.app.inject({ method: 'GET', url, headers: user ? bearer(user) : {} });

const catalogue = (key: string) => {
  const workshop = workshopCatalogue.find((candidate) => candidate.key === key);
  if (!workshop) throw new Error(key);
  return {
    id: workshops.bfc[key],
    key,
    theme: workshop.theme,
    level: workshop.level,
    title: workshop.title,
    description: workshop.description,
    durationMinutes: workshop.durationMinutes,
  };
};

describe('GET /api/tour/stops', () => {
  it('lists the chamber’s stops from today on, by date, with their sessions and seats left', async () => {
    const [artisan] = await insertArtisans(context, 1);
    const response = await get(artisan, '/api/tour/stops');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.stops.map((stop: { communeName: string; date: string }) => stop.date)).toEqual([
      '2026-05-01',
      '2026-05-05',
      '2026-05-12',
      '2026-09-15',
    ]);
    expect(body.stops[1]).toEqual({
      id: stops.nevers.stopId,
      tourId: stops.nevers.tourId,
      communeCode: '58194',
      communeName: 'Nevers',
      departement: '58',
      date: '2026-05-05',
      address: 'Place Carnot',
      sessions: [
        {
          id: stops.nevers.sessionIds[0],
          stopId: stops.nevers.stopId,
          workshop: catalogue('content-decouverte'),
          startsAt: '2026-05-05T07:00:00.000Z',
          endsAt: '2026-05-05T08:00:00.000Z',
          capacity: 12,
          seatsLeft: 12,
          cancelled: false,
        },
      ],
    });
    const auxerre = body.stops[2];
    expect(auxerre.communeName).toBe('Auxerre');
    expect(
      auxerre.sessions.map(
        (session: { workshop: { key: string }; seatsLeft: number; cancelled: boolean }) => [
          session.workshop.key,
          session.seatsLeft,
          session.cancelled,
        ],
      ),
    ).toEqual([
      ['visibility-decouverte', 12, false],
      ['referencing-decouverte', 0, false],
      ['referencing-approfondissement', 12, false],
      ['content-approfondissement', 8, false],
      ['social-decouverte', 0, true],
      ['referencing-expert', 15, false],
    ]);
  });

  it('uses the Paris calendar day: just after midnight in Paris, yesterday’s stop is gone', async () => {
    const [artisan] = await insertArtisans(context, 1);
    // 30 April, 23:30 in Paris (21:30 UTC): the 30 April stop is still today.
    context.clock.set('2026-04-30T21:30:00.000Z');
    const lateEvening = (await get(artisan, '/api/tour/stops')).json();
    // 1 May, 00:30 in Paris (22:30 UTC on 30 April): it is not any more.
    context.clock.set('2026-04-30T22:30:00.000Z');
    const afterMidnight = (await get(artisan, '/api/tour/stops')).json();
    context.clock.set(NOW);
    expect(lateEvening.stops[0].id).toBe(stops.pastAuxerre.stopId);
    expect(afterMidnight.stops[0].id).toBe(stops.todaySens.stopId);
  });

  it('shows each chamber its own stops only, to every role', async () => {
    const [elsewhere] = await insertArtisans(context, 1, {
      chamber: 'grandEst',
      communeCode: '54395',
    });
    const grandEst = (await get(elsewhere, '/api/tour/stops')).json();
    expect(grandEst.stops.map((stop: { id: string }) => stop.id)).toEqual([stops.reims.stopId]);
    for (const role of ['advisor', 'staff'] as const) {
      const user = await createStaffUser(context, role);
      const response = await get(user, '/api/tour/stops');
      expect(response.statusCode).toBe(200);
      expect(response.json().stops).toHaveLength(4);
    }
  });

  it('refuses the anonymous', async () => {
    const response = await get(undefined, '/api/tour/stops');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHORIZED');
  });
});

describe('GET /api/tour/stops/:id', () => {
  it('gives one stop of my chamber, past ones too', async () => {
    const [artisan] = await insertArtisans(context, 1);
    const response = await get(artisan, `/api/tour/stops/${stops.pastAuxerre.stopId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: stops.pastAuxerre.stopId,
      communeName: 'Auxerre',
      date: '2026-04-30',
      sessions: [{ id: stops.pastAuxerre.sessionIds[0], seatsLeft: 12 }],
    });
  });

  it('answers 404 for another chamber’s stop or an unknown one, 400 for a malformed id', async () => {
    const [artisan] = await insertArtisans(context, 1);
    const staff = await createStaffUser(context, 'staff');
    for (const [user, url] of [
      [artisan, `/api/tour/stops/${stops.reims.stopId}`],
      [staff, `/api/tour/stops/${stops.reims.stopId}`],
      [artisan, '/api/tour/stops/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const response = await get(user, url);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        statusCode: 404,
        code: 'STOP_NOT_FOUND',
        message: 'Étape de la tournée introuvable.',
      });
    }
    const malformed = await get(artisan, '/api/tour/stops/pas-un-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().fields).toEqual([{ field: 'id', message: 'Identifiant invalide.' }]);
  });
});

describe('GET /api/assessments/:id/recommendations', () => {
  const weakOnReferencing = { visibility: 80, referencing: 20, content: 60, social: 40 };

  it('picks the earliest stop with sessions still to come in my département: today’s', async () => {
    const [artisan] = (await insertArtisans(context, 1, { communeCode: '89387' })) as [TestUser];
    const assessmentId = await insertAssessment(context, artisan, weakOnReferencing);
    const response = await get(artisan, `/api/assessments/${assessmentId}/recommendations`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      stop: {
        id: stops.todaySens.stopId,
        tourId: stops.todaySens.tourId,
        communeCode: '89387',
        communeName: 'Sens',
        departement: '89',
        date: '2026-05-01',
        address: 'Place de la République',
      },
      sessions: [
        {
          session: {
            id: stops.todaySens.sessionIds[1],
            stopId: stops.todaySens.stopId,
            workshop: catalogue('social-decouverte'),
            startsAt: '2026-05-01T12:00:00.000Z',
            endsAt: '2026-05-01T13:00:00.000Z',
            capacity: 12,
            seatsLeft: 12,
            cancelled: false,
          },
          workshop: catalogue('social-decouverte'),
          theme: 'social',
          level: 'decouverte',
          reason:
            'Votre score en réseaux sociaux est de 40/100 (Initié) : cet atelier découverte vous donne les bases.',
          seatsLeft: 12,
          waitlist: false,
        },
      ],
    });
  });

  it('ranks the sessions of the next stop: weakest theme, fitting level, start time; full ones marked', async () => {
    const [artisan] = (await insertArtisans(context, 1, { communeCode: '89024' })) as [TestUser];
    const assessmentId = await insertAssessment(context, artisan, weakOnReferencing);
    // 15:30 in Paris: nothing is left today at Sens, so Auxerre on 12 May is next.
    context.clock.set('2026-05-01T13:30:00.000Z');
    const response = await get(artisan, `/api/assessments/${assessmentId}/recommendations`);
    context.clock.set(NOW);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.stop.id).toBe(stops.auxerre.stopId);
    expect(
      body.sessions.map(
        (entry: {
          session: { id: string };
          level: string;
          seatsLeft: number;
          waitlist: boolean;
        }) => [entry.session.id, entry.level, entry.seatsLeft, entry.waitlist],
      ),
    ).toEqual([
      [stops.auxerre.sessionIds[1], 'decouverte', 0, true],
      [stops.auxerre.sessionIds[2], 'approfondissement', 12, false],
      [stops.auxerre.sessionIds[5], 'expert', 15, false],
      [stops.auxerre.sessionIds[3], 'approfondissement', 8, false],
      [stops.auxerre.sessionIds[0], 'decouverte', 12, false],
    ]);
    expect(body.sessions[0].reason).toBe(
      'Votre score en référencement est de 20/100 (Débutant) : cet atelier découverte vous donne les bases.',
    );
    expect(body.sessions[0].workshop).toEqual(catalogue('referencing-decouverte'));
  });

  it('goes to my département even when other stops come earlier, else to the chamber’s earliest', async () => {
    const [dijon] = (await insertArtisans(context, 1, { communeCode: '21231' })) as [TestUser];
    const [besancon] = (await insertArtisans(context, 1, { communeCode: '25056' })) as [TestUser];
    for (const [artisan, expected] of [
      [dijon, stops.dijon.stopId],
      [besancon, stops.todaySens.stopId],
    ] as const) {
      const assessmentId = await insertAssessment(context, artisan, weakOnReferencing);
      const response = await get(artisan, `/api/assessments/${assessmentId}/recommendations`);
      expect(response.json().stop.id).toBe(expected);
    }
  });

  it('answers { stop: null, sessions: [] } when the chamber has no upcoming stop', async () => {
    const [artisan] = (await insertArtisans(context, 1, {
      chamber: 'grandEst',
      communeCode: '54395',
    })) as [TestUser];
    const assessmentId = await insertAssessment(context, artisan, weakOnReferencing);
    const before = await get(artisan, `/api/assessments/${assessmentId}/recommendations`);
    expect(before.json().stop.id).toBe(stops.reims.stopId);
    context.clock.set('2026-05-05T08:00:00.000Z');
    const after = await get(artisan, `/api/assessments/${assessmentId}/recommendations`);
    context.clock.set(NOW);
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ stop: null, sessions: [] });
  });

  it('is for the owner only: 404 for anyone else’s assessment, 403 for staff, 401 anonymous', async () => {
    const [owner, neighbour] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    const [elsewhere] = (await insertArtisans(context, 1, {
      chamber: 'grandEst',
      communeCode: '51454',
    })) as [TestUser];
    const assessmentId = await insertAssessment(context, owner, weakOnReferencing);
    expect((await get(owner, `/api/assessments/${assessmentId}/recommendations`)).statusCode).toBe(
      200,
    );
    for (const stranger of [neighbour, elsewhere]) {
      const response = await get(stranger, `/api/assessments/${assessmentId}/recommendations`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        statusCode: 404,
        code: 'ASSESSMENT_NOT_FOUND',
        message: 'Autodiagnostic introuvable.',
      });
    }
    for (const role of ['advisor', 'staff'] as const) {
      const user = await createStaffUser(context, role);
      const response = await get(user, `/api/assessments/${assessmentId}/recommendations`);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    expect(
      (await get(undefined, `/api/assessments/${assessmentId}/recommendations`)).statusCode,
    ).toBe(401);
    expect((await get(owner, '/api/assessments/pas-un-uuid/recommendations')).statusCode).toBe(400);
  });
});

describe('OpenAPI', () => {
  it('documents the tour, booking and staff routes with French tags', async () => {
    const document = (await context.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const documented = Object.entries(
      document.paths as Record<string, Record<string, { tags?: string[] }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => [
        `${method.toUpperCase()} ${path}`,
        operation.tags?.[0],
      ]),
    );
    const routes = Object.fromEntries(documented);
    expect(routes).toMatchObject({
      'GET /api/tour/stops': 'tournée',
      'GET /api/tour/stops/{id}': 'tournée',
      'GET /api/assessments/{id}/recommendations': 'tournée',
      'POST /api/sessions/{id}/registrations': 'inscriptions',
      'DELETE /api/sessions/{id}/registrations/me': 'inscriptions',
      'GET /api/me/registrations': 'inscriptions',
      'GET /api/sessions/{id}/calendar.ics': 'inscriptions',
      'GET /api/staff/workshops': 'équipe : tournée',
      'POST /api/staff/workshops': 'équipe : tournée',
      'PATCH /api/staff/workshops/{id}': 'équipe : tournée',
      'DELETE /api/staff/workshops/{id}': 'équipe : tournée',
      'GET /api/staff/tours': 'équipe : tournée',
      'POST /api/staff/tours': 'équipe : tournée',
      'PATCH /api/staff/tours/{id}': 'équipe : tournée',
      'DELETE /api/staff/tours/{id}': 'équipe : tournée',
      'GET /api/staff/stops': 'équipe : tournée',
      'POST /api/staff/stops': 'équipe : tournée',
      'PATCH /api/staff/stops/{id}': 'équipe : tournée',
      'DELETE /api/staff/stops/{id}': 'équipe : tournée',
      'GET /api/staff/sessions': 'équipe : tournée',
      'POST /api/staff/sessions': 'équipe : tournée',
      'PATCH /api/staff/sessions/{id}': 'équipe : tournée',
      'DELETE /api/staff/sessions/{id}': 'équipe : tournée',
      'GET /api/staff/sessions/{id}/registrations': 'équipe : tournée',
      'PATCH /api/staff/registrations/{id}': 'équipe : tournée',
    });
    for (const schema of [
      'TourStop',
      'Recommendations',
      'Registration',
      'StaffSession',
      'SessionPatch',
    ]) {
      expect(Object.keys(document.components.schemas)).toContain(schema);
    }
    const calendar = document.paths['/api/sessions/{id}/calendar.ics'].get.responses['200'];
    expect(Object.keys(calendar.content)).toEqual(['text/calendar']);
  });
});
