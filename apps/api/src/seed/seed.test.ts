import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { fixedClock } from '../lib/clock.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { DEMO_ARTISAN_COUNT } from './demo-artisans.ts';
import { DEMO_PASSWORD, demoAccounts, hasDemoData, seedDemo } from './seed.ts';

let db: Db;
let drop: () => Promise<void>;
const clock = fixedClock('2026-11-26T09:00:00.000Z');

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  expect(await hasDemoData(db)).toBe(false);
  await seedDemo(db, clock);
});
afterAll(async () => {
  await drop();
});

const count = async (
  table: 'users' | 'artisans' | 'assessments' | 'chambers' | 'registrations' | 'sessions',
) =>
  (
    await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('demo data', () => {
  it('lets the four demo accounts log in, each in their chamber and role', async () => {
    const app = await buildApp({
      db,
      clock,
      config: testConfig({ AUTH_RATE_LIMIT: 100 }),
      logger: false,
    });
    const expected = [
      [demoAccounts.artisan, 'artisan', 'CMA Bourgogne-Franche-Comté'],
      [demoAccounts.advisor, 'advisor', 'CMA Bourgogne-Franche-Comté'],
      [demoAccounts.staff, 'staff', 'CMA Bourgogne-Franche-Comté'],
      [demoAccounts.otherAdvisor, 'advisor', 'CMA Grand Est'],
    ];
    for (const [email, role, chamber] of expected) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: DEMO_PASSWORD },
      });
      expect(response.statusCode, email).toBe(200);
      expect(response.json().user).toMatchObject({ email, role, chamber: { name: chamber } });
    }
    await app.close();
  });

  it('gives the demo baker in Auxerre one submitted assessment', async () => {
    const rows = await db
      .selectFrom('assessments')
      .innerJoin('artisans', 'artisans.id', 'assessments.artisan_id')
      .innerJoin('users', 'users.id', 'artisans.user_id')
      .select(['assessments.status', 'artisans.commune_name', 'artisans.departement'])
      .where('users.email', '=', demoAccounts.artisan)
      .execute();
    expect(rows).toEqual([{ status: 'submitted', commune_name: 'Auxerre', departement: '89' }]);
  });

  it('spreads a few hundred artisans over every département of the chamber, with one or two assessments', async () => {
    const byDepartement = await db
      .selectFrom('artisans')
      .innerJoin('chambers', 'chambers.id', 'artisans.chamber_id')
      .select(['artisans.departement', (eb) => eb.fn.countAll<number>().as('n')])
      .where('chambers.name', '=', 'CMA Bourgogne-Franche-Comté')
      .groupBy('artisans.departement')
      .orderBy('artisans.departement')
      .execute();
    expect(byDepartement.map((row) => row.departement)).toEqual([
      '21',
      '25',
      '39',
      '58',
      '70',
      '71',
      '89',
      '90',
    ]);
    expect(byDepartement.reduce((total, row) => total + row.n, 0)).toBe(DEMO_ARTISAN_COUNT.bfc + 1);
    const perArtisan = await db
      .selectFrom('assessments')
      .select(['artisan_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'submitted')
      .groupBy('artisan_id')
      .execute();
    expect(perArtisan.length).toBe(DEMO_ARTISAN_COUNT.bfc + DEMO_ARTISAN_COUNT.grandEst + 1);
    expect(new Set(perArtisan.map((row) => row.n))).toEqual(new Set([1, 2]));
    const latest = await db
      .selectFrom('assessments')
      .select((eb) => eb.fn.max('submitted_at').as('latest'))
      .executeTakeFirstOrThrow();
    expect(new Date(latest.latest as Date).getTime()).toBeLessThanOrEqual(clock.now().getTime());
  });

  it('books demo artisans on the tour without ever exceeding a capacity', async () => {
    const perSession = await db
      .selectFrom('sessions')
      .leftJoin('registrations', 'registrations.session_id', 'sessions.id')
      .select([
        'sessions.capacity',
        (eb) =>
          eb.fn
            .count<number>('registrations.id')
            .filterWhere('registrations.status', '=', 'confirmed')
            .as('confirmed'),
        (eb) =>
          eb.fn
            .count<number>('registrations.id')
            .filterWhere('registrations.status', '=', 'waitlisted')
            .as('waitlisted'),
      ])
      .groupBy(['sessions.id', 'sessions.capacity'])
      .execute();
    expect(perSession.filter((row) => row.confirmed > row.capacity)).toEqual([]);
    // The seed is drawn from a fixed random sequence: the same bookings every time.
    expect(perSession.reduce((total, row) => total + row.confirmed, 0)).toBe(446);
    // A full session with a waiting list, and only there.
    expect(perSession.filter((row) => row.waitlisted > 0)).toEqual([
      { capacity: expect.any(Number), confirmed: expect.any(Number), waitlisted: 3 },
    ]);
    const full = perSession.find((row) => row.waitlisted > 0);
    expect(full?.confirmed).toBe(full?.capacity);
    const bakerBookings = await db
      .selectFrom('registrations')
      .innerJoin('artisans', 'artisans.id', 'registrations.artisan_id')
      .innerJoin('users', 'users.id', 'artisans.user_id')
      .select('registrations.id')
      .where('users.email', '=', demoAccounts.artisan)
      .execute();
    expect(bakerBookings).toEqual([]);
  });

  it('is idempotent', async () => {
    const before = {
      chambers: await count('chambers'),
      users: await count('users'),
      artisans: await count('artisans'),
      assessments: await count('assessments'),
      sessions: await count('sessions'),
      registrations: await count('registrations'),
    };
    await seedDemo(db, clock);
    expect({
      chambers: await count('chambers'),
      users: await count('users'),
      artisans: await count('artisans'),
      assessments: await count('assessments'),
      sessions: await count('sessions'),
      registrations: await count('registrations'),
    }).toEqual(before);
    expect(await hasDemoData(db)).toBe(true);
  });
});
