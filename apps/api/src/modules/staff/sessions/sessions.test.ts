import { parisInstant } from '@capnum/contracts/paris-time';
import { describe, expect, it } from 'vitest';
import { workshopCatalogue } from '../../../seed/workshop-catalogue.ts';
import type { TestUser } from '../../../test/test-app.ts';
import { insertArtisans } from '../../tour/tour-fixtures.ts';
import {
  auditOf,
  book,
  call,
  context,
  createSession,
  createStop,
  NOW,
  otherStaff,
  outboxTo,
  setUpStaffTests,
  staff,
  workshops,
} from '../staff-test-support.ts';

setUpStaffTests();

describe('/api/staff/sessions', () => {
  it('schedules a session on the stop’s day in Paris', async () => {
    const stop = await createStop();
    const response = await call(staff, 'POST', '/api/staff/sessions', {
      stopId: stop.id,
      workshopId: workshops.bfc['referencing-decouverte'],
      // 00:30 on 12 May in Paris is still 11 May in UTC: the Paris day counts.
      startsAt: '2026-05-11T22:30:00Z',
      endsAt: '2026-05-12T09:00:00+02:00',
      capacity: 15,
    });
    expect(response.statusCode).toBe(201);
    const referencing = workshopCatalogue.find((w) => w.key === 'referencing-decouverte');
    expect(response.json()).toEqual({
      id: expect.any(String),
      stopId: stop.id,
      workshop: {
        id: workshops.bfc['referencing-decouverte'],
        key: 'referencing-decouverte',
        theme: 'referencing',
        level: 'decouverte',
        title: referencing?.title,
        description: referencing?.description,
        durationMinutes: 60,
      },
      startsAt: '2026-05-11T22:30:00.000Z',
      endsAt: '2026-05-12T07:00:00.000Z',
      capacity: 15,
      confirmedCount: 0,
      waitlistedCount: 0,
      attendedCount: 0,
      seatsLeft: 15,
      cancelled: false,
      cancelledAt: null,
    });
    expect(await auditOf('session.created', 'sessionId', response.json().id)).toHaveLength(1);
    const listed = (await call(staff, 'GET', `/api/staff/sessions?stopId=${stop.id}`)).json();
    expect(listed.sessions).toEqual([response.json()]);
    expect(
      (await call(otherStaff, 'GET', `/api/staff/sessions?stopId=${stop.id}`)).json().sessions,
    ).toEqual([]);
  });

  it('refuses times out of order or off the stop’s day, and another chamber’s stop or workshop (422)', async () => {
    const stop = await createStop();
    const post = (fields: Record<string, unknown>) =>
      call(staff, 'POST', '/api/staff/sessions', {
        stopId: stop.id,
        workshopId: workshops.bfc['content-decouverte'],
        startsAt: '2026-05-12T12:00:00Z',
        endsAt: '2026-05-12T13:00:00Z',
        capacity: 12,
        ...fields,
      });
    const backwards = await post({ endsAt: '2026-05-12T11:00:00Z' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_ENDS_BEFORE_START',
      message: 'La fin de la séance doit être après son début.',
      fields: [{ field: 'endsAt', message: 'La fin doit être après le début.' }],
    });
    // 23:30 UTC on 12 May is 01:30 on 13 May in Paris.
    const nextDay = await post({ endsAt: '2026-05-12T23:30:00Z' });
    expect(nextDay.statusCode).toBe(422);
    expect(nextDay.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_NOT_ON_STOP_DATE',
      message: 'La séance doit avoir lieu le jour de l’étape (2026-05-12, heure de Paris).',
      fields: [{ field: 'endsAt', message: 'Doit tomber le 2026-05-12 (heure de Paris).' }],
    });
    const foreignWorkshop = await post({ workshopId: workshops.grandEst['content-decouverte'] });
    expect(foreignWorkshop.statusCode).toBe(422);
    expect(foreignWorkshop.json().code).toBe('UNKNOWN_WORKSHOP');
    const theirStop = await createStop({ communeCode: '51454' }, otherStaff);
    const foreignStop = await post({ stopId: theirStop.id });
    expect(foreignStop.statusCode).toBe(422);
    expect(foreignStop.json()).toEqual({
      statusCode: 422,
      code: 'UNKNOWN_STOP',
      message: 'Cette étape n’existe pas dans votre chambre.',
      fields: [{ field: 'stopId', message: 'Étape introuvable.' }],
    });
    for (const fields of [
      { capacity: 0 },
      { capacity: 12.5 },
      { startsAt: 'demain matin' },
      { startsAt: '2026-05-12T12:00:00' },
      { startsAt: '0001-05-12T12:00:00Z' },
      { workshopId: 42 },
    ]) {
      const response = await post(fields);
      expect(response.statusCode, JSON.stringify(fields)).toBe(400);
      expect(response.json().fields.map((field: { field: string }) => field.field)).toEqual(
        Object.keys(fields),
      );
    }
    const count = await context.db
      .selectFrom('sessions')
      .select('id')
      .where('stop_id', '=', stop.id)
      .execute();
    expect(count).toEqual([]);
  });

  it('never lowers the capacity below the confirmed seats; raising it serves the waiting list in order', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 3 });
    const people = await insertArtisans(context, 5);
    for (const person of people) await book(person, session.id);

    const tooLow = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 2 });
    expect(tooLow.statusCode).toBe(409);
    expect(tooLow.json()).toEqual({
      statusCode: 409,
      code: 'CAPACITY_BELOW_CONFIRMED',
      message:
        'Impossible de réduire la capacité à 2 : 3 personnes ont déjà une place confirmée. Gardez au moins 3 places, ou annulez des inscriptions.',
    });

    const raised = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 4 });
    expect(raised.statusCode).toBe(200);
    expect(raised.json()).toMatchObject({
      capacity: 4,
      confirmedCount: 4,
      waitlistedCount: 1,
      seatsLeft: 0,
    });
    expect(await outboxTo(people[3]?.email as string)).toEqual([
      {
        subject: expect.stringMatching(/^Une place s’est libérée/),
        body: expect.stringContaining('Quand : mardi 12 mai 2026, de 14 h 00 à 15 h 00'),
      },
    ]);
    expect(await outboxTo(people[4]?.email as string)).toEqual([]);
    const wide = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 10 });
    expect(wide.json()).toMatchObject({ confirmedCount: 5, waitlistedCount: 0, seatsLeft: 5 });
    expect(await outboxTo(people[4]?.email as string)).toHaveLength(1);
    const sameAsTaken = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      capacity: 5,
    });
    expect(sameAsTaken.statusCode).toBe(200);
    expect(await auditOf('session.updated', 'sessionId', session.id)).toHaveLength(3);
  });

  it('tells the people booked when the time or the workshop changes', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const [confirmed, waiting] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    await book(confirmed, session.id);
    await book(waiting, session.id);
    const moved = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      startsAt: parisInstant('2026-05-12', '16:00').toISOString(),
      endsAt: parisInstant('2026-05-12', '17:00').toISOString(),
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({
      startsAt: '2026-05-12T14:00:00.000Z',
      endsAt: '2026-05-12T15:00:00.000Z',
    });
    for (const person of [confirmed, waiting]) {
      const emails = await outboxTo(person.email);
      expect(emails).toHaveLength(1);
      expect(emails[0]?.body).toContain('Quand : mardi 12 mai 2026, de 16 h 00 à 17 h 00');
    }
    const offDay = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      startsAt: parisInstant('2026-05-13', '16:00').toISOString(),
      endsAt: parisInstant('2026-05-13', '17:00').toISOString(),
    });
    expect(offDay.statusCode).toBe(422);
    const workshopChanged = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      workshopId: workshops.bfc['social-approfondissement'],
    });
    expect(workshopChanged.json().workshop.key).toBe('social-approfondissement');
    expect(await outboxTo(confirmed.email)).toHaveLength(2);
  });

  it('cancels a session for good, e-mails everyone booked, and closes it to bookings', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const [confirmed, waiting, late] = (await insertArtisans(context, 3)) as [
      TestUser,
      TestUser,
      TestUser,
    ];
    await book(confirmed, session.id);
    await book(waiting, session.id);
    const cancelled = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      cancelled: true,
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({
      cancelled: true,
      cancelledAt: NOW,
      seatsLeft: 0,
      confirmedCount: 1,
      waitlistedCount: 1,
    });
    const title = workshopCatalogue.find((w) => w.key === 'social-decouverte')?.title;
    for (const person of [confirmed, waiting]) {
      expect(await outboxTo(person.email)).toEqual([
        {
          subject: `Atelier annulé : « ${title} » du mardi 12 mai 2026`,
          body: expect.stringContaining(
            `l’atelier « ${title} » prévu le mardi 12 mai 2026, de 14 h 00 à 15 h 00 (Place de l’Arquebuse, Auxerre) est annulé.`,
          ),
        },
      ]);
    }
    expect(await auditOf('session.cancelled', 'sessionId', session.id)).toHaveLength(1);
    const stopView = (await call(late, 'GET', `/api/tour/stops/${stop.id}`)).json();
    expect(stopView.sessions[0]).toMatchObject({ id: session.id, cancelled: true, seatsLeft: 0 });
    expect((await book(late, session.id)).json().code).toBe('SESSION_CANCELLED');
    const mine = (await call(confirmed, 'GET', '/api/me/registrations')).json();
    expect(mine.registrations[0].session.cancelled).toBe(true);

    const again = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      cancelled: true,
    });
    expect(again.statusCode).toBe(200);
    expect(await outboxTo(confirmed.email)).toHaveLength(1);
    const edit = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, { capacity: 20 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toEqual({
      statusCode: 409,
      code: 'SESSION_CANCELLED',
      message: 'Cette séance est annulée : elle ne peut plus être modifiée.',
    });
    const undo = await call(staff, 'PATCH', `/api/staff/sessions/${session.id}`, {
      cancelled: false,
    });
    expect(undo.statusCode).toBe(400);
    expect(undo.json().fields).toEqual([
      {
        field: 'cancelled',
        message:
          'Une séance annulée ne peut pas être rétablie : seule la valeur true est acceptée.',
      },
    ]);
    expect(
      (await call(otherStaff, 'PATCH', `/api/staff/sessions/${session.id}`, { cancelled: true }))
        .statusCode,
    ).toBe(404);
  });

  it('deletes a session nobody registered for; otherwise asks to cancel it', async () => {
    const stop = await createStop();
    const free = await createSession(stop);
    expect((await call(otherStaff, 'DELETE', `/api/staff/sessions/${free.id}`)).statusCode).toBe(
      404,
    );
    expect((await call(staff, 'DELETE', `/api/staff/sessions/${free.id}`)).statusCode).toBe(204);
    expect(await auditOf('session.deleted', 'sessionId', free.id)).toHaveLength(1);
    const booked = await createSession(stop, { workshop: 'content-decouverte' });
    const [artisan] = (await insertArtisans(context, 1)) as [TestUser];
    await book(artisan, booked.id);
    const refused = await call(staff, 'DELETE', `/api/staff/sessions/${booked.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      statusCode: 409,
      code: 'SESSION_HAS_REGISTRATIONS',
      message:
        'Cette séance a déjà reçu 1 inscription : elle ne peut pas être supprimée. Annulez-la plutôt (PATCH avec cancelled: true) : les inscrits seront prévenus par e-mail.',
    });
  });
});
