import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestContext, type TestContext, type TestUser } from '../../test/test-app.ts';
import { insertArtisans, insertStop, seedCatalogues } from '../tour/tour-fixtures.ts';

// No interleaving of bookings and cancellations may ever overbook a session.
// On PostgreSQL the requests really run in parallel (pool of 30 connections);
// on PGlite they are interleaved on its single connection.

let context: TestContext;
let artisans: TestUser[];
let sessionId: string;

beforeAll(async () => {
  context = await createTestContext();
  await seedCatalogues(context);
  const stop = await insertStop(context, {
    communeCode: '89024',
    date: '2026-05-12',
    sessions: [{ workshop: 'social-decouverte', start: '14:00', end: '15:00', capacity: 12 }],
  });
  sessionId = stop.sessionIds[0] as string;
  artisans = await insertArtisans(context, 110);
});
afterAll(async () => {
  await context.close();
});

const book = (artisan: TestUser) =>
  context.app.inject({
    method: 'POST',
    url: `/api/sessions/${sessionId}/registrations`,
    headers: bearer(artisan),
  });
const unbook = (artisan: TestUser) =>
  context.app.inject({
    method: 'DELETE',
    url: `/api/sessions/${sessionId}/registrations/me`,
    headers: bearer(artisan),
  });

const registrationsInDatabase = () =>
  context.db
    .selectFrom('registrations')
    .select(['artisan_id', 'status', 'arrival'])
    .where('session_id', '=', sessionId)
    .orderBy('arrival')
    .execute();

describe('a 12-seat session booked by 100 artisans at once', () => {
  it('confirms exactly 12 and waitlists 88, with waiting ranks 1 to 88', async () => {
    const crowd = artisans.slice(0, 100);
    const responses = await Promise.all(crowd.map(book));
    expect(responses.map((response) => response.statusCode)).toEqual(crowd.map(() => 201));
    const bodies = responses.map((response) => response.json());
    expect(bodies.filter((body) => body.status === 'confirmed')).toHaveLength(12);
    expect(bodies.filter((body) => body.status === 'waitlisted')).toHaveLength(88);
    expect(
      bodies
        .filter((body) => body.status === 'waitlisted')
        .map((body) => body.waitlistPosition)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 88 }, (_, index) => index + 1));

    const rows = await registrationsInDatabase();
    expect(rows).toHaveLength(100);
    expect(rows.filter((row) => row.status === 'confirmed')).toHaveLength(12);
    expect(rows.filter((row) => row.status === 'waitlisted')).toHaveLength(88);
    // Seats went to the first arrivals: every confirmed row arrived before every waitlisted one.
    expect(rows.slice(0, 12).map((row) => row.status)).toEqual(Array(12).fill('confirmed'));
    expect(new Set(rows.map((row) => row.artisan_id)).size).toBe(100);
  });

  it('gives freed seats to the earliest-arrived waiting people, with an e-mail each', async () => {
    const before = await registrationsInDatabase();
    const confirmed = before.filter((row) => row.status === 'confirmed').slice(0, 3);
    const earliestWaiting = before.filter((row) => row.status === 'waitlisted').slice(0, 3);
    const byArtisan = (artisanId: string) =>
      artisans.find((artisan) => artisan.artisanId === artisanId) as TestUser;

    const responses = await Promise.all(confirmed.map((row) => unbook(byArtisan(row.artisan_id))));
    expect(responses.map((response) => response.statusCode)).toEqual([204, 204, 204]);

    const after = await registrationsInDatabase();
    const statusOf = (artisanId: string) =>
      after.find((row) => row.artisan_id === artisanId)?.status;
    expect(confirmed.map((row) => statusOf(row.artisan_id))).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    expect(earliestWaiting.map((row) => statusOf(row.artisan_id))).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
    expect(after.filter((row) => row.status === 'confirmed')).toHaveLength(12);
    expect(after.filter((row) => row.status === 'waitlisted')).toHaveLength(85);

    // Besides each booking's own acknowledgement, one e-mail per person promoted.
    const outbox = await context.db
      .selectFrom('outbox')
      .select(['to_email', 'subject'])
      .where('chamber_id', '=', context.chambers.bfc)
      .where('subject', 'not like', 'Votre place à l’atelier « % » est réservée')
      .where('subject', 'not like', 'Liste d’attente pour l’atelier %')
      .execute();
    expect(outbox.map((email) => email.to_email).sort()).toEqual(
      earliestWaiting.map((row) => byArtisan(row.artisan_id).email).sort(),
    );
    expect(outbox.filter((email) => !email.subject.startsWith('Une place s’est libérée'))).toEqual(
      [],
    );
  });

  it('never overbooks when bookings and cancellations interleave', async () => {
    const before = await registrationsInDatabase();
    const leaving = before.filter((row) => row.status === 'confirmed').slice(0, 5);
    const waitingLeaving = before.filter((row) => row.status === 'waitlisted').slice(10, 15);
    const newcomers = artisans.slice(100, 110);
    const byArtisan = (artisanId: string) =>
      artisans.find((artisan) => artisan.artisanId === artisanId) as TestUser;
    const responses = await Promise.all([
      ...newcomers.map(book),
      ...[...leaving, ...waitingLeaving].map((row) => unbook(byArtisan(row.artisan_id))),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([
      ...Array(10).fill(201),
      ...Array(10).fill(204),
    ]);
    const after = await registrationsInDatabase();
    expect(after.filter((row) => row.status === 'confirmed')).toHaveLength(12);
    expect(after.filter((row) => row.status === 'waitlisted')).toHaveLength(85 - 5 - 5 + 10);
    // Whoever is confirmed arrived before everyone still waiting, except the
    // people who left: the waiting list is always served in arrival order.
    const lastConfirmed = Math.max(
      ...after.filter((row) => row.status === 'confirmed').map((row) => row.arrival),
    );
    const firstWaiting = Math.min(
      ...after.filter((row) => row.status === 'waitlisted').map((row) => row.arrival),
    );
    expect(lastConfirmed).toBeLessThan(firstWaiting);
  });
});
