import { describe, expect, it } from 'vitest';
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
  setUpStaffTests,
  staff,
} from '../staff-test-support.ts';

setUpStaffTests();

describe('registrants and attendance', () => {
  it('lists a session’s registrants in arrival order, with status and waiting rank', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const people = (await insertArtisans(context, 3)) as [TestUser, TestUser, TestUser];
    for (const person of people) await book(person, session.id);
    await call(people[0], 'DELETE', `/api/sessions/${session.id}/registrations/me`);
    const response = await call(staff, 'GET', `/api/staff/sessions/${session.id}/registrations`);
    expect(response.statusCode).toBe(200);
    const registrations = response.json().registrations;
    expect(
      registrations.map(
        (entry: { email: string; status: string; waitlistPosition: number | null }) => [
          entry.email,
          entry.status,
          entry.waitlistPosition,
        ],
      ),
    ).toEqual([
      [people[0].email, 'cancelled', null],
      [people[1].email, 'confirmed', null],
      [people[2].email, 'waitlisted', 1],
    ]);
    expect(registrations[1]).toEqual({
      id: expect.any(String),
      artisanId: people[1].artisanId,
      businessName: expect.stringMatching(/^Atelier /),
      email: people[1].email,
      communeName: 'Auxerre',
      status: 'confirmed',
      arrival: expect.any(Number),
      waitlistPosition: null,
      registeredAt: NOW,
    });
    const arrivals = registrations.map((entry: { arrival: number }) => entry.arrival);
    expect([...arrivals].sort((a, b) => a - b)).toEqual(arrivals);
    const elsewhere = await call(
      otherStaff,
      'GET',
      `/api/staff/sessions/${session.id}/registrations`,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().code).toBe('SESSION_NOT_FOUND');
  });

  it('marks confirmed people present once the session has started, and back', async () => {
    const stop = await createStop();
    const session = await createSession(stop, { capacity: 1 });
    const [present, waiting] = (await insertArtisans(context, 2)) as [TestUser, TestUser];
    const presentId = (await book(present, session.id)).json().id;
    const waitingId = (await book(waiting, session.id)).json().id;
    const mark = (id: string, body: unknown, user = staff) =>
      call(user, 'PATCH', `/api/staff/registrations/${id}`, body);

    const early = await mark(presentId, { attended: true });
    expect(early.statusCode).toBe(422);
    expect(early.json()).toEqual({
      statusCode: 422,
      code: 'SESSION_NOT_STARTED',
      message:
        'Cette séance n’a pas encore commencé : la présence se pointe à partir de son début.',
    });

    context.clock.set('2026-05-12T12:10:00.000Z'); // 14:10 in Paris, ten minutes in
    try {
      const marked = await mark(presentId, { attended: true });
      expect(marked.statusCode).toBe(200);
      expect(marked.json()).toMatchObject({
        id: presentId,
        status: 'attended',
        email: present.email,
      });
      const sessions = (await call(staff, 'GET', `/api/staff/sessions?stopId=${stop.id}`)).json();
      expect(sessions.sessions[0]).toMatchObject({ confirmedCount: 1, attendedCount: 1 });
      const unmarked = await mark(presentId, { attended: false });
      expect(unmarked.json().status).toBe('confirmed');
      const onWaitlist = await mark(waitingId, { attended: true });
      expect(onWaitlist.statusCode).toBe(409);
      expect(onWaitlist.json()).toEqual({
        statusCode: 409,
        code: 'REGISTRATION_NOT_CONFIRMED',
        message:
          'Cette personne est sur la liste d’attente : seule une inscription confirmée peut être pointée.',
      });
      expect((await mark(presentId, { attended: true }, otherStaff)).statusCode).toBe(404);
      expect((await mark(presentId, { attended: 'oui' })).statusCode).toBe(400);
      expect((await mark(presentId, {})).statusCode).toBe(400);
      expect(
        (await mark('00000000-0000-4000-8000-000000000000', { attended: true })).statusCode,
      ).toBe(404);
    } finally {
      context.clock.set(NOW);
    }
    const audit = await auditOf('registration.attendance', 'registrationId', presentId);
    expect(audit.map((event) => (event.details as { attended: boolean }).attended).sort()).toEqual([
      false,
      true,
    ]);
  });
});
