import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createStaffUser,
  createTestContext,
  signUpArtisan,
  type TestContext,
} from './test/test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 100_000 } });
});
afterAll(async () => {
  await context.close();
});

// What careless or hostile clients send: every one must get a 4xx, never a 500.
const malformedBodies: unknown[] = [
  {},
  [],
  null,
  'texte',
  42,
  { answers: null },
  { answers: { 'vis-website': { choice: null } } },
  { email: ['a'], password: { x: 1 } },
  { capacity: -1, startsAt: 'hier', endsAt: 'demain' },
  { capacity: 1e308, date: '2026-02-30', communeCode: '00000' },
  { name: 'x'.repeat(10_000) },
  { attended: 'oui', cancelled: 'non' },
  { tourId: 'pas-un-uuid', stopId: '00000000-0000-0000-0000-000000000000' },
  { __proto__: { admin: true }, constructor: { prototype: {} } },
];
const malformedIds = ['pas-un-uuid', '00000000-0000-0000-0000-000000000000', '%00', "1' or '1'='1"];

describe('robustness', () => {
  it('never answers 500 to malformed input, on any route, for any role', async () => {
    const users = [
      undefined,
      await signUpArtisan(context),
      await createStaffUser(context, 'advisor'),
      await createStaffUser(context, 'staff'),
    ];
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const route of context.app.publicRoutes) {
      const urls = route.url.includes(':')
        ? malformedIds.map((id) => route.url.replace(/:\w+/g, encodeURIComponent(id)))
        : [route.url];
      for (const url of urls) {
        for (const user of users) {
          const bodies = ['GET', 'DELETE'].includes(route.method) ? [undefined] : malformedBodies;
          for (const body of bodies) {
            const response = await context.app.inject({
              method: route.method as 'GET',
              url,
              headers: {
                ...(user ? bearer(user) : {}),
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                'idempotency-key': 'cle-robustesse-1',
              },
              ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            });
            statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
            if (response.statusCode >= 500) {
              failures.push(
                `${route.method} ${url} (${user?.role ?? 'anonyme'}) ${JSON.stringify(body)} → ${response.statusCode} ${response.body}`,
              );
            } else if (response.statusCode >= 400) {
              const error = response.json();
              if (typeof error.message !== 'string' || typeof error.code !== 'string') {
                failures.push(
                  `${route.method} ${url}: error body without code/message: ${response.body}`,
                );
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // Not vacuous: thousands of requests, refused in all the expected ways.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([400, 401, 403, 404]));
  }, 120_000);
});
