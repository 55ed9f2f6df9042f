import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { testConfig } from './config.ts';
import { fixedClock } from './lib/clock.ts';
import { ensureReferenceData } from './seed/reference-data.ts';
import { seedChambers } from './seed/seed.ts';
import {
  createStaffUser,
  signUpArtisan,
  signupBody,
  TEST_PASSWORD,
  type TestContext,
} from './test/test-app.ts';
import { createTestDatabase } from './test/test-database.ts';

// Everything the server logs in this file, to check what it lets out.
const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(chunk.toString());
    done();
  },
});

let context: TestContext;
let drop: () => Promise<void>;

beforeAll(async () => {
  const database = await createTestDatabase();
  drop = database.drop;
  await ensureReferenceData(database.db);
  const chambers = await seedChambers(database.db);
  const clock = fixedClock('2026-05-01T08:00:00.000Z');
  const app: FastifyInstance = await buildApp({
    db: database.db,
    clock,
    config: testConfig({ AUTH_RATE_LIMIT: 100_000 }),
    logger: { level: 'info', stream: logStream },
  });
  context = { app, db: database.db, clock, chambers, close: async () => app.close() };
});
afterAll(async () => {
  await context.close();
  await drop();
});

const controls = ['\u0000', '\u0007', '\u001b[31m', '\r\n', '\u2028', '\u007f'];

/** Each string field of a valid body, with each control character slipped into it. */
function variants(body: Record<string, unknown>): string[] {
  const results: string[] = [];
  for (const [field, value] of Object.entries(body)) {
    if (typeof value !== 'string') continue;
    for (const control of controls) {
      results.push(
        JSON.stringify({ ...body, [field]: `${value.slice(0, 3)}${control}${value.slice(3)}` }),
      );
    }
  }
  // A literal "__proto__" key, as an attacker would write it in raw JSON.
  results.push(`${JSON.stringify(body).slice(0, -1)},"__proto__":{"role":"staff"}}`);
  return results;
}

describe('control characters and raw JSON', () => {
  it('never answer 500, on any route that takes text, for any role', async () => {
    const staff = await createStaffUser(context, 'staff');
    const artisan = await signUpArtisan(context);
    const tours = await context.app.inject({
      method: 'POST',
      url: '/api/staff/tours',
      headers: { authorization: `Bearer ${staff.token}` },
      payload: { name: 'Tournée de test' },
    });
    const tourId = tours.json().id as string;
    const cases: {
      url: string;
      method: 'POST' | 'PATCH';
      token?: string;
      body: Record<string, unknown>;
    }[] = [
      {
        method: 'POST',
        url: '/api/auth/login',
        body: { email: 'personne@exemple.fr', password: TEST_PASSWORD },
      },
      { method: 'POST', url: '/api/auth/signup', body: signupBody() },
      { method: 'POST', url: '/api/auth/email-confirmation', body: { token: 'a'.repeat(43) } },
      {
        method: 'POST',
        url: '/api/staff/tours',
        token: staff.token,
        body: { name: 'Tournée du lac' },
      },
      {
        method: 'POST',
        url: '/api/staff/stops',
        token: staff.token,
        body: { tourId, communeCode: '89024', date: '2026-06-01', address: 'Place du Marché' },
      },
      {
        method: 'POST',
        url: '/api/staff/workshops',
        token: staff.token,
        body: {
          theme: 'content',
          level: 'decouverte',
          title: 'Photographier ses créations',
          description: 'Lumière, cadrage, retouche.',
          durationMinutes: 60,
        },
      },
      {
        method: 'PATCH',
        url: '/api/assessments/draft',
        token: artisan.token,
        body: { answers: { 'vis-website': { choice: 'vis-website-up-to-date' } } },
      },
    ];
    const failures: string[] = [];
    let sent = 0;
    const expectedSends = cases.reduce((sum, { body }) => sum + variants(body).length, 0) + 4;
    for (const { method, url, token, body } of cases) {
      for (const payload of variants(body)) {
        const response = await context.app.inject({
          method,
          url,
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          payload,
        });
        sent += 1;
        if (response.statusCode >= 500)
          failures.push(`${method} ${url} ${payload} → ${response.body}`);
      }
    }
    for (const query of ['%00aux', 'aux%0Aerre', 'a%1B[31m', `${'x'.repeat(5000)}`]) {
      const response = await context.app.inject({ method: 'GET', url: `/api/communes?q=${query}` });
      sent += 1;
      if (response.statusCode >= 500)
        failures.push(`GET /api/communes?q=${query} → ${response.body}`);
    }
    expect(failures).toEqual([]);
    // Every case and every variant went out: the loop above is not vacuous.
    expect(sent).toBe(expectedSends);
  });

  it('refuses a control character with a French message that quotes no more than an excerpt', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: JSON.stringify({ email: 'jean\u0000@exemple.fr', password: 'x' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_ERROR',
      message: 'Certains champs sont invalides : email.',
      fields: [
        {
          field: 'email',
          message:
            'Ce texte contient un caractère non autorisé (retour à la ligne ou caractère invisible) : retirez-le.',
        },
      ],
    });
  });

  it('answers an over-long address with the usual French error', async () => {
    const response = await context.app.inject({
      method: 'GET',
      url: `/api/tour/stops/${'a'.repeat(300)}`,
    });
    expect(response.statusCode).toBeLessThan(500);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'message', 'statusCode']);
    expect(response.json().code).not.toMatch(/^FST_/);
  });

  it('logs no SQL parameter, no e-mail and no password hash', () => {
    const logs = logLines.join('\n');
    // The requests above were logged, refusals included.
    expect(logs).toContain('"code":"VALIDATION_ERROR"');
    expect(logs).not.toMatch(/\$argon2id\$/);
    expect(logs).not.toMatch(/"parameters"|"params"/);
    expect(logs).not.toContain('personne@exemple.fr');
    expect(logs).not.toContain(`${signupBody().email.split('-')[0]}-`);
  });
});
