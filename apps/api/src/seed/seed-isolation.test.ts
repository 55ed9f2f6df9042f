import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { fixedClock } from '../lib/clock.ts';
import { hashPassword } from '../lib/passwords.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { ensureWorkshopCatalogue } from './demo-tour.ts';
import { ensureReferenceData } from './reference-data.ts';
import {
  assertDemoSeedAllowed,
  demoAccounts,
  demoChambers,
  hasDemoData,
  prepareStartupData,
  seedDemo,
} from './seed.ts';
import { siretFrom } from './siret-generator.ts';

let db: Db;
let drop: () => Promise<void>;
let realChamberId: string;
let realArtisanId: string;
let realSessionId: string;
const clock = fixedClock('2026-11-26T09:00:00.000Z');
const strongSecret = 'u7Xq9LmP2vR4sT8wY1zA3bC5dE6fG0hJ';

// A real chamber that happens to bear the demo chamber's name, with a member and a session.
beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await ensureReferenceData(db);
  realChamberId = (
    await db
      .insertInto('chambers')
      .values({ name: demoChambers.bfc.name, departements: [...demoChambers.bfc.departements] })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const user = await db
    .insertInto('users')
    .values({
      email: 'vraie.boulangerie@exemple.fr',
      password_hash: await hashPassword('un-vrai-mot-de-passe'),
      role: 'artisan',
      chamber_id: realChamberId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  realArtisanId = (
    await db
      .insertInto('artisans')
      .values({
        user_id: user.id,
        chamber_id: realChamberId,
        business_name: 'La Vraie Boulangerie',
        siret: siretFrom('7320000000001'),
        trade: 'Boulanger',
        sector: 'alimentation',
        commune_code: '89024',
        commune_name: 'Auxerre',
        departement: '89',
        employee_band: '1-2',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await ensureWorkshopCatalogue(db, realChamberId);
  const workshop = await db
    .selectFrom('workshops')
    .select('id')
    .where('chamber_id', '=', realChamberId)
    .limit(1)
    .executeTakeFirstOrThrow();
  const tour = await db
    .insertInto('tours')
    .values({ chamber_id: realChamberId, name: 'Vraie tournée' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stop = await db
    .insertInto('stops')
    .values({
      tour_id: tour.id,
      chamber_id: realChamberId,
      commune_code: '89024',
      commune_name: 'Auxerre',
      departement: '89',
      date: '2026-12-10',
      address: 'Place de l’Hôtel de Ville',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  realSessionId = (
    await db
      .insertInto('sessions')
      .values({
        stop_id: stop.id,
        chamber_id: realChamberId,
        workshop_id: workshop.id,
        starts_at: new Date('2026-12-10T09:00:00Z'),
        ends_at: new Date('2026-12-10T10:30:00Z'),
        capacity: 12,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  expect(await hasDemoData(db)).toBe(false);
  await seedDemo(db, clock);
});
afterAll(async () => {
  await drop();
});

describe('demo seed on a database with real data', () => {
  it('creates its own demo chambers beside the real one of the same name', async () => {
    const chambers = await db
      .selectFrom('chambers')
      .select(['name', 'is_demo'])
      .where('name', '=', demoChambers.bfc.name)
      .orderBy('is_demo')
      .execute();
    expect(chambers).toEqual([
      { name: demoChambers.bfc.name, is_demo: false },
      { name: demoChambers.bfc.name, is_demo: true },
    ]);
    expect(await hasDemoData(db)).toBe(true);
  });

  it('puts no account, business, tour or booking in the real chamber', async () => {
    const inReal = async (
      table: 'users' | 'artisans' | 'tours' | 'registrations' | 'assessments',
    ) =>
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('chamber_id', '=', realChamberId)
          .executeTakeFirstOrThrow()
      ).n;
    expect({
      users: await inReal('users'),
      artisans: await inReal('artisans'),
      tours: await inReal('tours'),
      registrations: await inReal('registrations'),
      assessments: await inReal('assessments'),
    }).toEqual({ users: 1, artisans: 1, tours: 1, registrations: 0, assessments: 0 });
  });

  it('books demo artisans only, on demo sessions only', async () => {
    const realBookings = await db
      .selectFrom('registrations')
      .select('id')
      .where((eb) =>
        eb.or([eb('artisan_id', '=', realArtisanId), eb('session_id', '=', realSessionId)]),
      )
      .execute();
    expect(realBookings).toEqual([]);
    const bookingsOutsideDemo = await db
      .selectFrom('registrations')
      .innerJoin('chambers', 'chambers.id', 'registrations.chamber_id')
      .select('registrations.id')
      .where('chambers.is_demo', '=', false)
      .execute();
    expect(bookingsOutsideDemo).toEqual([]);
  });

  it('keeps the demo accounts in the demo chambers', async () => {
    const accounts = await db
      .selectFrom('users')
      .innerJoin('chambers', 'chambers.id', 'users.chamber_id')
      .select(['users.email', 'chambers.is_demo'])
      .where('users.email', 'in', Object.values(demoAccounts))
      .orderBy('users.email')
      .execute();
    expect(accounts).toEqual(
      Object.values(demoAccounts)
        .sort()
        .map((email) => ({ email, is_demo: true })),
    );
  });
});

describe('start-up data', () => {
  it('seeds nothing in production unless asked, and only once in development', async () => {
    const fresh = await createTestDatabase();
    try {
      const production = loadConfig({ NODE_ENV: 'production', JWT_SECRET: strongSecret });
      expect(await prepareStartupData(fresh.db, production, clock)).toEqual({ seededDemo: false });
      expect(await hasDemoData(fresh.db)).toBe(false);
      const users = await fresh.db.selectFrom('users').select('id').execute();
      expect(users).toEqual([]);
      const development = loadConfig({ NODE_ENV: 'development', JWT_SECRET: strongSecret });
      expect(await prepareStartupData(fresh.db, development, clock)).toEqual({ seededDemo: true });
      expect(await prepareStartupData(fresh.db, development, clock)).toEqual({ seededDemo: false });
    } finally {
      await fresh.drop();
    }
  });

  it('takes the demo in production only when DEMO_DATA asks for it', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: strongSecret }).DEMO_DATA).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: strongSecret, DEMO_DATA: '1' }).DEMO_DATA,
    ).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', JWT_SECRET: strongSecret }).DEMO_DATA).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'development', JWT_SECRET: strongSecret, DEMO_DATA: '0' }).DEMO_DATA,
    ).toBe(false);
  });
});

describe('the seed command', () => {
  it('refuses in production, whatever else is set', () => {
    expect(() => assertDemoSeedAllowed('production')).toThrow(/jamais en production/);
    expect(() => assertDemoSeedAllowed('development')).not.toThrow();
    expect(() => assertDemoSeedAllowed(undefined)).not.toThrow();
  });
});
