import { describe, expect, it } from 'vitest';
import { insertArtisans, insertStop } from '../tour/tour-fixtures.ts';
import { book, context, setUpRegistrationTests, unbook } from './registration-test-support.ts';

setUpRegistrationTests();

// One person, one place at a time: overlapping sessions of a stop, or the same workshop
// at two stops, cannot both be held.

async function sensStop(sessions: Parameters<typeof insertStop>[1]['sessions']) {
  return insertStop(context, { communeCode: '89387', date: '2026-05-13', sessions });
}
async function auxerre(sessions: Parameters<typeof insertStop>[1]['sessions']) {
  return insertStop(context, { communeCode: '89024', date: '2026-05-12', sessions });
}

describe('no double-booking', () => {
  it('refuses a session that overlaps one held at the same stop, naming it; back to back is fine', async () => {
    const [artisan] = await insertArtisans(context, 1);
    const stop = await auxerre([
      { workshop: 'social-decouverte', start: '10:00', end: '11:00' },
      { workshop: 'referencing-decouverte', start: '10:30', end: '11:30' },
      { workshop: 'content-decouverte', start: '11:00', end: '12:00' },
    ]);
    const [first, overlapping, next] = stop.sessionIds as [string, string, string];
    expect((await book(artisan, first)).statusCode).toBe(201);
    const refused = await book(artisan, overlapping);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('SESSION_OVERLAP');
    expect(refused.json().message).toMatch(
      /^Vous êtes déjà inscrit à « .+ » de 10 h 00 à 11 h 00 à cette étape, et les deux séances se chevauchent\./,
    );
    expect((await book(artisan, next)).statusCode).toBe(201);
    // Once the first is cancelled, the overlapping one is free to book.
    expect((await unbook(artisan, first)).statusCode).toBe(204);
    expect((await book(artisan, overlapping)).statusCode).toBe(409); // still overlaps the 11:00 one
    expect((await unbook(artisan, next)).statusCode).toBe(204);
    expect((await book(artisan, overlapping)).statusCode).toBe(201);
  });

  it('counts a waiting-list place as held for overlaps', async () => {
    const [artisan, other] = await insertArtisans(context, 2);
    const stop = await auxerre([
      { workshop: 'social-decouverte', start: '14:00', end: '15:00', capacity: 1 },
      { workshop: 'visibility-decouverte', start: '14:30', end: '15:30' },
    ]);
    const [full, overlapping] = stop.sessionIds as [string, string];
    expect((await book(other, full)).json().status).toBe('confirmed');
    expect((await book(artisan, full)).json().status).toBe('waitlisted');
    const refused = await book(artisan, overlapping);
    expect(refused.json().message).toMatch(/^Vous êtes déjà en liste d’attente à « /);
  });

  it('refuses the same workshop at a second stop, unless the first is only a waiting-list place', async () => {
    const [artisan, other] = await insertArtisans(context, 2);
    const auxerreStop = await auxerre([
      { workshop: 'referencing-approfondissement', start: '09:00', end: '10:00', capacity: 1 },
    ]);
    const sens = await sensStop([
      { workshop: 'referencing-approfondissement', start: '09:00', end: '10:00' },
    ]);
    const [atAuxerre] = auxerreStop.sessionIds as [string];
    const [atSens] = sens.sessionIds as [string];
    expect((await book(artisan, atAuxerre)).json().status).toBe('confirmed');
    const refused = await book(artisan, atSens);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'WORKSHOP_ALREADY_BOOKED',
      message: expect.stringContaining('à l’étape de Auxerre le mardi 12 mai 2026'),
    });
    expect(refused.json().message).toContain('annulez d’abord l’autre inscription');
    // Waiting at Auxerre (the seat is someone else's), a seat at Sens is allowed.
    expect((await unbook(artisan, atAuxerre)).statusCode).toBe(204);
    expect((await book(other, atAuxerre)).json().status).toBe('confirmed');
    expect((await book(artisan, atAuxerre)).json().status).toBe('waitlisted');
    expect((await book(artisan, atSens)).json().status).toBe('confirmed');
  });

  it('holds under concurrency: ten overlapping sessions booked at once give one seat', async () => {
    const [artisan] = await insertArtisans(context, 1);
    const workshops = [
      'visibility-decouverte',
      'referencing-decouverte',
      'content-decouverte',
      'social-decouverte',
      'visibility-approfondissement',
      'referencing-approfondissement',
      'content-approfondissement',
      'social-approfondissement',
      'visibility-expert',
      'referencing-expert',
    ];
    const stop = await insertStop(context, {
      communeCode: '58194',
      date: '2026-05-14',
      sessions: workshops.map((workshop) => ({ workshop, start: '14:00', end: '16:00' })),
    });
    const responses = await Promise.all(stop.sessionIds.map((id) => book(artisan, id)));
    const codes = responses.map((response) => response.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const held = await context.db
      .selectFrom('registrations')
      .select('id')
      .where('artisan_id', '=', (artisan as { artisanId: string }).artisanId)
      .where('status', '<>', 'cancelled')
      .execute();
    expect(held).toHaveLength(1);
  });
});
