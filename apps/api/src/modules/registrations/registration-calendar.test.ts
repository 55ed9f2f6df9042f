import { describe, expect, it } from 'vitest';
import { linksFrom } from '../../lib/mailer.ts';
import { workshopCatalogue } from '../../seed/workshop-catalogue.ts';
import type { TestUser } from '../../test/test-app.ts';
import { insertArtisans } from '../tour/tour-fixtures.ts';
import {
  auxerreStop,
  book,
  call,
  context,
  NOW,
  oneSession,
  setUpRegistrationTests,
} from './registration-test-support.ts';
import { releaseRegistrationsOf } from './waitlist.ts';

setUpRegistrationTests();

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

describe('calendar files that tell the truth about the booking', () => {
  const unfold = (text: string) => text.replace(/\r\n /g, '').slice(0, -2).split('\r\n');
  const field = (text: string, name: string) =>
    unfold(text)
      .find((line) => line.startsWith(`${name}:`))
      ?.slice(name.length + 1);

  it('marks a waiting-list place TENTATIVE with its rank, and a cancelled booking CANCELLED', async () => {
    const { sessionId } = await oneSession({ workshop: 'social-decouverte', capacity: 1 });
    const [seated, waiting] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    expect((await book(seated, sessionId)).json().status).toBe('confirmed');
    expect((await book(waiting, sessionId)).json().status).toBe('waitlisted');

    const mine = (await call(waiting, 'GET', `/api/sessions/${sessionId}/calendar.ics`)).body;
    expect(field(mine, 'STATUS')).toBe('TENTATIVE');
    expect(field(mine, 'SUMMARY')).toMatch(/\(liste d’attente\\, position 1\)$/);
    expect(field(mine, 'DESCRIPTION')).toMatch(
      /^Vous êtes sur la liste d’attente\\, position 1 : pas encore de place\./,
    );
    expect(
      field((await call(seated, 'GET', `/api/sessions/${sessionId}/calendar.ics`)).body, 'STATUS'),
    ).toBe('CONFIRMED');

    expect(
      (await call(seated, 'DELETE', `/api/sessions/${sessionId}/registrations/me`)).statusCode,
    ).toBe(204);
    const cancelled = (await call(seated, 'GET', `/api/sessions/${sessionId}/calendar.ics`)).body;
    expect(field(cancelled, 'STATUS')).toBe('CANCELLED');
    expect(field(cancelled, 'SUMMARY')).toMatch(/^Annulé – Van numérique : /);
    // The seat went to the person waiting: their file is now a confirmed one.
    const promoted = (await call(waiting, 'GET', `/api/sessions/${sessionId}/calendar.ics`)).body;
    expect(field(promoted, 'STATUS')).toBe('CONFIRMED');
  });

  it('e-mails each booking with its calendar file: a seat, or a place on the waiting list', async () => {
    const { sessionId } = await oneSession({ workshop: 'visibility-decouverte', capacity: 1 });
    const [seated, waiting] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    await book(seated, sessionId);
    await book(waiting, sessionId);
    const mailTo = (email: string) =>
      context.db
        .selectFrom('outbox')
        .select(['subject', 'body', 'attachments'])
        .where('to_email', '=', email)
        .execute();
    const [booked] = await mailTo(seated.email);
    expect(booked?.subject).toMatch(/^Votre place à l’atelier « .+ » est réservée$/);
    expect(booked?.body).toContain('Quand : mardi 12 mai 2026, de 10 h 30 à 11 h 30');
    expect(booked?.body).toContain('Où : Place de l’Arquebuse, Auxerre');
    expect(booked?.body).toContain(
      'annulez depuis « Mes ateliers » (http://localhost:3000/mes-ateliers)',
    );
    const [bookedFile] = (booked?.attachments ?? []) as {
      filename: string;
      content: string;
      contentType: string;
    }[];
    expect(bookedFile?.filename).toBe('atelier-2026-05-12-auxerre.ics');
    expect(bookedFile?.contentType).toBe('text/calendar');
    expect(field(bookedFile?.content ?? '', 'STATUS')).toBe('CONFIRMED');

    const [waitlisted] = await mailTo(waiting.email);
    expect(waitlisted?.subject).toMatch(/^Liste d’attente pour l’atelier « .+ » \(position 1\)$/);
    expect(waitlisted?.body).toContain(
      'vous êtes sur la liste d’attente, en position 1. Ce n’est pas encore une place.',
    );
    const [waitFile] = (waitlisted?.attachments ?? []) as { content: string }[];
    expect(field(waitFile?.content ?? '', 'STATUS')).toBe('TENTATIVE');
  });
});
