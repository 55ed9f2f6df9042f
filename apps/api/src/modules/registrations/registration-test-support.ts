import { afterAll, beforeAll } from 'vitest';
import { bearer, createTestContext, type TestContext, type TestUser } from '../../test/test-app.ts';
import { insertStop, type SessionSpec, seedCatalogues } from '../tour/tour-fixtures.ts';

// What the registration test files share: one context per file, with the
// workshop catalogues, and the requests and stops they make.

export let context: TestContext;
export const NOW = '2026-05-01T08:00:00.000Z'; // Friday 1 May 2026, 10:00 in Paris

/** Registers the hooks that give this test file its own context. */
export function setUpRegistrationTests(): void {
  beforeAll(async () => {
    context = await createTestContext({ now: NOW });
    await seedCatalogues(context);
  });
  afterAll(async () => {
    await context.close();
  });
}

export const call = (user: TestUser | undefined, method: 'GET' | 'POST' | 'DELETE', url: string) =>
  context.app.inject({ method, url, headers: user ? bearer(user) : {} });
export const book = (user: TestUser | undefined, sessionId: string) =>
  call(user, 'POST', `/api/sessions/${sessionId}/registrations`);
export const unbook = (user: TestUser | undefined, sessionId: string) =>
  call(user, 'DELETE', `/api/sessions/${sessionId}/registrations/me`);

/** One stop at Auxerre on Tuesday 12 May with the given sessions. */
export async function auxerreStop(sessions: SessionSpec[], chamber: 'bfc' | 'grandEst' = 'bfc') {
  return insertStop(context, {
    chamber,
    communeCode: chamber === 'bfc' ? '89024' : '51454',
    date: '2026-05-12',
    address: chamber === 'bfc' ? 'Place de l’Arquebuse' : 'Place Drouet-d’Erlon',
    sessions,
  });
}
export const oneSession = async (spec: Partial<SessionSpec> = {}) => {
  const stop = await auxerreStop([
    { workshop: 'referencing-decouverte', start: '10:30', end: '11:30', ...spec },
  ]);
  return { ...stop, sessionId: stop.sessionIds[0] as string };
};

/** The e-mails a change caused, leaving out each booking's own acknowledgement. */
export async function outboxTo(email: string) {
  return context.db
    .selectFrom('outbox')
    .select(['to_email', 'subject', 'body', 'chamber_id'])
    .where('to_email', '=', email)
    .where('subject', 'not like', 'Votre place à l’atelier « % » est réservée')
    .where('subject', 'not like', 'Liste d’attente pour l’atelier %')
    .execute();
}
