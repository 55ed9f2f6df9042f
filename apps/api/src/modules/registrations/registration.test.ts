import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksFrom } from '../../lib/mailer.ts';
import { workshopCatalogue } from '../../seed/workshop-catalogue.ts';
import {
  bearer,
  createStaffUser,
  createTestContext,
  signTokenFor,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';
import {
  insertArtisans,
  insertStop,
  type SessionSpec,
  seedCatalogues,
} from '../tour/tour-fixtures.ts';
import { releaseRegistrationsOf } from './waitlist.ts';

let context: TestContext;
const NOW = '2026-05-01T08:00:00.000Z'; // Friday 1 May 2026, 10:00 in Paris

beforeAll(async () => {
  context = await createTestContext({ now: NOW });
  await seedCatalogues(context);
});
afterAll(async () => {
  await context.close();
});

const call = (user: TestUser | undefined, method: 'GET' | 'POST' | 'DELETE', url: string) =>
  context.app.inject({ method, url, headers: user ? bearer(user) : {} });
const book = (user: TestUser | undefined, sessionId: string) =>
  call(user, 'POST', `/api/sessions/${sessionId}/registrations`);
const unbook = (user: TestUser | undefined, sessionId: string) =>
  call(user, 'DELETE', `/api/sessions/${sessionId}/registrations/me`);

/** One stop at Auxerre on Tuesday 12 May with the given sessions. */
async function auxerreStop(sessions: SessionSpec[], chamber: 'bfc' | 'grandEst' = 'bfc') {
  return insertStop(context, {
    chamber,
    communeCode: chamber === 'bfc' ? '89024' : '51454',
    date: '2026-05-12',
    address: chamber === 'bfc' ? 'Place de l’Arquebuse' : 'Place Drouet-d’Erlon',
    sessions,
  });
}
const oneSession = async (spec: Partial<SessionSpec> = {}) => {
  const stop = await auxerreStop([
    { workshop: 'referencing-decouverte', start: '10:30', end: '11:30', ...spec },
  ]);
  return { ...stop, sessionId: stop.sessionIds[0] as string };
};

async function outboxTo(email: string) {
  return context.db
    .selectFrom('outbox')
    .select(['to_email', 'subject', 'body', 'chamber_id'])
    .where('to_email', '=', email)
    .execute();
}

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

describe('GET /api/sessions/:id/calendar.ics', () => {
  it('gives a valid RFC 5545 file, to any artisan of the chamber', async () => {
    const { sessionId } = await oneSession({ workshop: 'content-approfondissement' });
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    const response = await call(artisan, 'GET', `/api/sessions/${sessionId}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="atelier-2026-05-12-auxerre.ics"',
    );
    const text = response.body;
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.slice(0, -2).split('\r\n');
    expect(physical.filter((line) => line.includes('\n') || line.includes('\r'))).toEqual([]);
    expect(physical.filter((line) => new TextEncoder().encode(line).length > 75)).toEqual([]);
    const lines = text.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
    const workshop = workshopCatalogue.find((entry) => entry.key === 'content-approfondissement');
    const escapeText = (value: string) =>
      value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
    expect(lines).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//CMA//Cap Numerique//FR',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      `UID:session-${sessionId}@cap-numerique`,
      'DTSTAMP:20260501T080000Z',
      'DTSTART:20260512T083000Z',
      'DTEND:20260512T093000Z',
      `SUMMARY:${escapeText(`Van numérique : ${workshop?.title}`)}`,
      'LOCATION:Place de l’Arquebuse\\, Auxerre',
      `DESCRIPTION:${escapeText(
        `${workshop?.description}\n\nAtelier du van numérique, mardi 12 mai 2026 de 10 h 30 à 11 h 30.\nCMA Bourgogne-Franche-Comté`,
      )}`,
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
  });

  it('marks a cancelled session CANCELLED; 404 for another chamber’s session', async () => {
    const { sessionId } = await oneSession({ cancelled: true });
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    const cancelled = await call(artisan, 'GET', `/api/sessions/${sessionId}/calendar.ics`);
    expect(cancelled.body).toContain('\r\nSTATUS:CANCELLED\r\n');
    const reims = await auxerreStop(
      [{ workshop: 'social-expert', start: '10:00', end: '12:00' }],
      'grandEst',
    );
    const elsewhere = await call(
      artisan,
      'GET',
      `/api/sessions/${reims.sessionIds[0]}/calendar.ics`,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.headers['content-type']).toContain('application/json');
    expect(elsewhere.json().code).toBe('SESSION_NOT_FOUND');
  });
});

describe('releaseRegistrationsOf (account erasure)', () => {
  it('cancels my upcoming bookings and gives my seats to the people waiting', async () => {
    const stop = await auxerreStop([
      { workshop: 'visibility-decouverte', start: '09:00', end: '10:00', capacity: 1 },
      { workshop: 'content-decouverte', start: '11:00', end: '12:00', capacity: 1 },
    ]);
    const [leaving, waiting, confirmedElsewhere] = (await insertArtisans(context, 3)) as [
      TestUser,
      TestUser,
      TestUser,
    ];
    await book(leaving, stop.sessionIds[0] as string);
    await book(waiting, stop.sessionIds[0] as string);
    await book(confirmedElsewhere, stop.sessionIds[1] as string);
    await book(leaving, stop.sessionIds[1] as string);
    const outboxBefore = await context.db.selectFrom('outbox').select('id').execute();
    await context.db
      .transaction()
      .execute((trx) =>
        releaseRegistrationsOf(
          trx,
          { artisanId: leaving.artisanId as string, chamberId: leaving.chamberId },
          new Date(NOW),
          linksFrom('http://localhost:3000'),
        ),
      );
    const before = new Set(outboxBefore.map((row) => row.id));
    const emails = (
      await context.db.selectFrom('outbox').select(['id', 'to_email']).execute()
    ).filter((row) => !before.has(row.id));
    expect(emails.map((email) => email.to_email)).toEqual([waiting.email]);
    const rows = await context.db
      .selectFrom('registrations')
      .select(['artisan_id', 'session_id', 'status'])
      .where('session_id', 'in', stop.sessionIds)
      .orderBy('arrival')
      .execute();
    expect(rows).toEqual([
      { artisan_id: leaving.artisanId, session_id: stop.sessionIds[0], status: 'cancelled' },
      { artisan_id: waiting.artisanId, session_id: stop.sessionIds[0], status: 'confirmed' },
      {
        artisan_id: confirmedElsewhere.artisanId,
        session_id: stop.sessionIds[1],
        status: 'confirmed',
      },
      { artisan_id: leaving.artisanId, session_id: stop.sessionIds[1], status: 'cancelled' },
    ]);
  });
});
