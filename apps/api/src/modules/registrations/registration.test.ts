import { describe, expect, it } from 'vitest';
import { workshopCatalogue } from '../../seed/workshop-catalogue.ts';
import { createStaffUser, signTokenFor, type TestUser } from '../../test/test-app.ts';
import { insertArtisans, insertStop } from '../tour/tour-fixtures.ts';
import {
  auxerreStop,
  book,
  call,
  context,
  NOW,
  oneSession,
  outboxTo,
  setUpRegistrationTests,
  unbook,
} from './registration-test-support.ts';

setUpRegistrationTests();

describe('POST /api/sessions/:id/registrations', () => {
  it('books a seat: 201 confirmed, then the seat is counted and the booking listed', async () => {
    const { sessionId, stopId } = await oneSession();
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    const response = await book(artisan, sessionId);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      sessionId,
      status: 'confirmed',
      waitlistPosition: null,
      registeredAt: NOW,
    });
    const stop = (await call(artisan, 'GET', `/api/tour/stops/${stopId}`)).json();
    expect(stop.sessions[0].seatsLeft).toBe(11);
    const mine = (await call(artisan, 'GET', '/api/me/registrations')).json();
    expect(mine.registrations).toEqual([
      {
        id: response.json().id,
        status: 'confirmed',
        waitlistPosition: null,
        registeredAt: NOW,
        session: stop.sessions[0],
        stop: {
          id: stopId,
          tourId: stop.tourId,
          communeCode: '89024',
          communeName: 'Auxerre',
          departement: '89',
          date: '2026-05-12',
          address: 'Place de l’Arquebuse',
        },
      },
    ]);
  });

  it('puts people on the waiting list once the session is full, in arrival order', async () => {
    const { sessionId, stopId } = await oneSession({ capacity: 2 });
    const artisans = await insertArtisans(context, 4);
    const results = [];
    for (const artisan of artisans) results.push((await book(artisan, sessionId)).json());
    expect(results.map((result) => [result.status, result.waitlistPosition])).toEqual([
      ['confirmed', null],
      ['confirmed', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const stop = (await call(artisans[0], 'GET', `/api/tour/stops/${stopId}`)).json();
    expect(stop.sessions[0].seatsLeft).toBe(0);
    const last = (await call(artisans[3], 'GET', '/api/me/registrations')).json();
    expect(
      last.registrations.map((entry: { status: string; waitlistPosition: number }) => [
        entry.status,
        entry.waitlistPosition,
      ]),
    ).toEqual([['waitlisted', 2]]);
  });

  it('answers 409 ALREADY_REGISTERED to a second booking, double clicks included', async () => {
    const { sessionId } = await oneSession({ capacity: 1 });
    const [first, doubleClicker] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    expect((await book(first, sessionId)).statusCode).toBe(201);
    const again = await book(first, sessionId);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({
      statusCode: 409,
      code: 'ALREADY_REGISTERED',
      message: 'Vous êtes déjà inscrit à cette séance (ou sur sa liste d’attente).',
    });
    const clicks = await Promise.all(
      Array.from({ length: 5 }, () => book(doubleClicker, sessionId)),
    );
    expect(clicks.map((click) => click.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    const rows = await context.db
      .selectFrom('registrations')
      .select(['status'])
      .where('session_id', '=', sessionId)
      .where('artisan_id', '=', doubleClicker.artisanId as string)
      .execute();
    expect(rows).toEqual([{ status: 'waitlisted' }]);
  });

  it('refuses with 422 a session that has started, is past or is cancelled', async () => {
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    const today = await insertStop(context, {
      communeCode: '89387',
      date: '2026-05-01',
      sessions: [
        { workshop: 'visibility-decouverte', start: '09:00', end: '11:00' },
        { workshop: 'social-decouverte', start: '10:00', end: '11:00' },
        { workshop: 'content-decouverte', start: '10:01', end: '11:00' },
      ],
    });
    const past = await insertStop(context, {
      communeCode: '89387',
      date: '2026-04-28',
      sessions: [{ workshop: 'visibility-decouverte', start: '09:00', end: '10:00' }],
    });
    const started = {
      statusCode: 422,
      code: 'SESSION_STARTED',
      message: 'Cette séance a déjà commencé ou est passée : les inscriptions sont closes.',
    };
    // 10:00 in Paris: under way, starting right now, and past.
    for (const sessionId of [today.sessionIds[0], today.sessionIds[1], past.sessionIds[0]]) {
      const response = await book(artisan, sessionId as string);
      expect(response.statusCode).toBe(422);
      expect(response.json()).toEqual(started);
    }
    expect((await book(artisan, today.sessionIds[2] as string)).statusCode).toBe(201);
    const { sessionId: cancelled } = await oneSession({ cancelled: true });
    const response = await book(artisan, cancelled);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_CANCELLED',
      message: 'Cette séance a été annulée : choisissez-en une autre.',
    });
  });

  it('answers 404 for another chamber’s session, 400 for a malformed id, 403/401 for the others', async () => {
    const reims = await auxerreStop(
      [{ workshop: 'social-expert', start: '10:00', end: '12:00' }],
      'grandEst',
    );
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    for (const sessionId of [reims.sessionIds[0], '00000000-0000-4000-8000-000000000000']) {
      const response = await book(artisan, sessionId as string);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        statusCode: 404,
        code: 'SESSION_NOT_FOUND',
        message: 'Séance introuvable.',
      });
    }
    const malformed = await book(artisan, 'pas-un-uuid');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('VALIDATION_ERROR');
    const { sessionId } = await oneSession();
    for (const role of ['advisor', 'staff'] as const) {
      const user = await createStaffUser(context, role);
      for (const response of [
        await book(user, sessionId),
        await unbook(user, sessionId),
        await call(user, 'GET', '/api/me/registrations'),
        await call(user, 'GET', `/api/sessions/${sessionId}/calendar.ics`),
      ]) {
        expect(response.statusCode).toBe(403);
        expect(response.json().code).toBe('FORBIDDEN');
      }
    }
    expect((await book(undefined, sessionId)).statusCode).toBe(401);
    expect((await unbook(undefined, sessionId)).statusCode).toBe(401);
    expect((await call(undefined, 'GET', '/api/me/registrations')).statusCode).toBe(401);
    const stillEmpty = await context.db
      .selectFrom('registrations')
      .select('id')
      .where('session_id', 'in', [sessionId, reims.sessionIds[0] as string])
      .execute();
    expect(stillEmpty).toEqual([]);
  });

  it('books for the business the token names; an artisan account without one gets a clear 404', async () => {
    const { sessionId } = await oneSession();
    const [artisan, other] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    await context.db
      .deleteFrom('artisans')
      .where('id', '=', other.artisanId as string)
      .execute();
    const withoutBusiness = { ...other, token: await signTokenFor(context, other.id) };
    for (const response of [
      await book(withoutBusiness, sessionId),
      await unbook(withoutBusiness, sessionId),
      await call(withoutBusiness, 'GET', '/api/me/registrations'),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe('ARTISAN_NOT_FOUND');
    }
    expect((await book(artisan, sessionId)).statusCode).toBe(201);
    const rows = await context.db
      .selectFrom('registrations')
      .select(['artisan_id', 'chamber_id'])
      .where('session_id', '=', sessionId)
      .execute();
    expect(rows).toEqual([{ artisan_id: artisan.artisanId, chamber_id: artisan.chamberId }]);
  });
});

describe('DELETE /api/sessions/:id/registrations/me', () => {
  it('gives a freed seat to the earliest person waiting and e-mails them, in the same transaction', async () => {
    const { sessionId } = await oneSession({ capacity: 2 });
    const [first, second, third, fourth] = (await insertArtisans(context, 4)) as TestUser[] as [
      TestUser,
      TestUser,
      TestUser,
      TestUser,
    ];
    for (const artisan of [first, second, third, fourth]) await book(artisan, sessionId);

    const response = await unbook(first, sessionId);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    const statuses = await context.db
      .selectFrom('registrations')
      .select(['artisan_id', 'status'])
      .where('session_id', '=', sessionId)
      .orderBy('arrival')
      .execute();
    expect(statuses).toEqual([
      { artisan_id: first.artisanId, status: 'cancelled' },
      { artisan_id: second.artisanId, status: 'confirmed' },
      { artisan_id: third.artisanId, status: 'confirmed' },
      { artisan_id: fourth.artisanId, status: 'waitlisted' },
    ]);
    const workshop = workshopCatalogue.find((entry) => entry.key === 'referencing-decouverte');
    expect(await outboxTo(third.email)).toEqual([
      {
        to_email: third.email,
        chamber_id: context.chambers.bfc,
        subject: `Une place s’est libérée : votre inscription à « ${workshop?.title} » est confirmée`,
        body: expect.stringContaining(
          'Quand : mardi 12 mai 2026, de 10 h 30 à 11 h 30\nOù : Place de l’Arquebuse, Auxerre',
        ),
      },
    ]);
    const fourthView = (await call(fourth, 'GET', '/api/me/registrations')).json();
    expect(fourthView.registrations[0].waitlistPosition).toBe(1);

    // A waiting person leaving frees no seat: nobody is promoted, nobody e-mailed.
    expect((await unbook(fourth, sessionId)).statusCode).toBe(204);
    expect(await outboxTo(fourth.email)).toEqual([]);

    const again = await unbook(first, sessionId);
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual({
      statusCode: 404,
      code: 'REGISTRATION_NOT_FOUND',
      message: 'Vous n’avez pas d’inscription en cours à cette séance.',
    });
    // Booking again after cancelling is allowed, at the back of the queue.
    const rebooked = await book(first, sessionId);
    expect(rebooked.statusCode).toBe(201);
    expect(rebooked.json()).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
  });

  it('is closed once the session has started; 404 for another chamber’s session', async () => {
    const { sessionId } = await oneSession();
    const reims = await auxerreStop(
      [{ workshop: 'social-expert', start: '10:00', end: '12:00' }],
      'grandEst',
    );
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, sessionId);
    context.clock.set('2026-05-12T08:45:00.000Z'); // 10:45 in Paris, session started at 10:30
    const late = await unbook(artisan, sessionId);
    context.clock.set(NOW);
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe('SESSION_STARTED');
    const elsewhere = await unbook(artisan, reims.sessionIds[0] as string);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe('SESSION_NOT_FOUND');
  });
});

describe('GET /api/me/registrations', () => {
  it('lists my live bookings by start time, without cancelled ones, and nobody else’s', async () => {
    const stop = await auxerreStop([
      { workshop: 'social-decouverte', start: '14:00', end: '15:00' },
      { workshop: 'visibility-decouverte', start: '09:00', end: '10:00', capacity: 1 },
      { workshop: 'content-decouverte', start: '11:00', end: '12:00' },
    ]);
    const [me, other] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    await book(other, stop.sessionIds[1] as string);
    for (const sessionId of stop.sessionIds) await book(me, sessionId);
    await unbook(me, stop.sessionIds[2] as string);
    const mine = (await call(me, 'GET', '/api/me/registrations')).json();
    expect(
      mine.registrations.map(
        (entry: { session: { id: string }; status: string; waitlistPosition: number | null }) => [
          entry.session.id,
          entry.status,
          entry.waitlistPosition,
        ],
      ),
    ).toEqual([
      [stop.sessionIds[1], 'waitlisted', 1],
      [stop.sessionIds[0], 'confirmed', null],
    ]);
    const [stranger] = (await insertArtisans(context, 1, {
      chamber: 'grandEst',
      communeCode: '51454',
    })) as [TestUser];
    expect((await call(stranger, 'GET', '/api/me/registrations')).json()).toEqual({
      registrations: [],
    });
  });
});
