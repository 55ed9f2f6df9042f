import { describe, expect, it } from 'vitest';
import { createStaffUser, type TestUser } from '../../test/test-app.ts';
import { insertArtisans, insertAssessment } from './tour-fixtures.ts';

import { catalogue, context, get, NOW, setUpTourTests, stops } from './tour-test-support.ts';

setUpTourTests();

describe('GET /api/assessments/:id/recommendations', () => {
  const weakOnReferencing = { visibility: 80, referencing: 20, content: 60, social: 40 };

  it('picks the earliest stop with sessions still to come in my département: today’s', async () => {
    const [artisan] = (await insertArtisans(context, 1, { communeCode: '89387' })) as [TestUser];
    const assessmentId = await insertAssessment(context, artisan, weakOnReferencing);
    const response = await get(artisan, `/api/assessments/${assessmentId}/recommendations`);
    expect(response.statusCode).toBe(200);
    const only = {
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
    };
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
      best: [only],
      sessions: [only],
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
    // The best three: never the expert référencement workshop for a Débutant.
    const best = body.best.map((entry: { session: { id: string } }) => entry.session.id);
    expect(best[0]).toBe(stops.auxerre.sessionIds[1]);
    expect(best.length).toBeGreaterThan(0);
    expect(best.length).toBeLessThanOrEqual(3);
    expect(best).not.toContain(stops.auxerre.sessionIds[5]);
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

  it('answers { stop: null, best: [], sessions: [] } when the chamber has no upcoming stop', async () => {
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
    expect(after.json()).toEqual({ stop: null, best: [], sessions: [] });
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
