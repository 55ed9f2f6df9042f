import { describe, expect, it } from 'vitest';
import { createStaffUser } from '../../test/test-app.ts';
import { insertArtisans } from './tour-fixtures.ts';

import { catalogue, context, get, NOW, setUpTourTests, stops } from './tour-test-support.ts';

setUpTourTests();

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
