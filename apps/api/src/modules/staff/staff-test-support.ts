import { parisInstant } from '@capnum/contracts/paris-time';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  bearer,
  createStaffUser,
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';
import { seedCatalogues } from '../tour/tour-fixtures.ts';

// What the staff area tests share: one app per test file (call `setUpStaffTests()` at the
// top), the staff of two chambers, and helpers that build through the API as staff do.
// The bindings below are filled by beforeAll: importers read them live.

export let context: TestContext;
export let workshops: Awaited<ReturnType<typeof seedCatalogues>>;
export let staff: TestUser;
export let otherStaff: TestUser;
export const NOW = '2026-05-01T08:00:00.000Z'; // Friday 1 May 2026, 10:00 in Paris

export function setUpStaffTests(): void {
  beforeAll(async () => {
    context = await createTestContext({ now: NOW });
    workshops = await seedCatalogues(context);
    staff = await createStaffUser(context, 'staff');
    otherStaff = await createStaffUser(context, 'staff', 'grandEst');
  });
  afterAll(async () => {
    await context.close();
  });
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export const call = (user: TestUser | undefined, method: Method, url: string, payload?: unknown) =>
  context.app.inject({
    method,
    url,
    headers: user ? bearer(user) : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

let tourSequence = 0;
export async function createTour(user = staff) {
  tourSequence += 1;
  const response = await call(user, 'POST', '/api/staff/tours', {
    name: `Tournée de printemps ${tourSequence}`,
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}
export async function createStop(
  fields: { communeCode?: string; date?: string; address?: string; tourId?: string } = {},
  user = staff,
) {
  const tourId = fields.tourId ?? (await createTour(user)).id;
  const response = await call(user, 'POST', '/api/staff/stops', {
    tourId,
    communeCode: fields.communeCode ?? '89024',
    date: fields.date ?? '2026-05-12',
    address: fields.address ?? 'Place de l’Arquebuse',
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}
export async function createSession(
  stop: { id: string; date: string },
  fields: { workshop?: string; start?: string; end?: string; capacity?: number } = {},
  user = staff,
) {
  const chamber = user === otherStaff ? 'grandEst' : 'bfc';
  const response = await call(user, 'POST', '/api/staff/sessions', {
    stopId: stop.id,
    workshopId: workshops[chamber][fields.workshop ?? 'social-decouverte'],
    startsAt: parisInstant(stop.date, fields.start ?? '14:00').toISOString(),
    endsAt: parisInstant(stop.date, fields.end ?? '15:00').toISOString(),
    capacity: fields.capacity ?? 12,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
export const book = (artisan: TestUser, sessionId: string) =>
  call(artisan, 'POST', `/api/sessions/${sessionId}/registrations`);

export const auditOf = (action: string, key: string, id: string) =>
  context.db
    .selectFrom('audit_events')
    .select(['chamber_id', 'actor_id', 'action', 'details'])
    .where('action', '=', action)
    .where(sql<string>`details ->> ${key}`, '=', id)
    .execute();
/** The e-mails a change caused, leaving out each booking's own acknowledgement. */
export const outboxTo = (email: string) =>
  context.db
    .selectFrom('outbox')
    .select(['subject', 'body'])
    .where('to_email', '=', email)
    .where('subject', 'not like', 'Votre place à l’atelier « % » est réservée')
    .where('subject', 'not like', 'Liste d’attente pour l’atelier %')
    .orderBy('created_at')
    .execute();
