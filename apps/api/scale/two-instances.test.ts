import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { migrations } from '@capnum/migrations';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from '../src/config.ts';
import { createDatabase, type Db } from '../src/db/database.ts';
import { insertArtisans, insertStop, seedCatalogues } from '../src/modules/tour/tour-fixtures.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { databaseUrl, serverAdmin, uniqueDatabaseName } from '../src/test/template-database.ts';
import { signupBody, type TestContext } from '../src/test/test-app.ts';

// Two API instances in two processes (the compiled server), behind no proxy, against one
// PostgreSQL and one Redis: what a scaled-out deployment relies on. Needs both servers:
// run with `pnpm test:scale` (TEST_DATABASE_URL set; Redis at TEST_REDIS_URL or 127.0.0.1).
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  throw new Error(
    'Ces tests demandent un PostgreSQL : TEST_DATABASE_URL=postgres://… pnpm test:scale',
  );
}
// A Redis database of its own, emptied first: earlier runs' counters never count here.
const redisUrl = `${(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').replace(/\/\d*$/, '')}/7`;
const apiDir = fileURLToPath(new URL('..', import.meta.url));
const jwtSecret = randomBytes(48).toString('base64');
const databaseName = uniqueDatabaseName('capnum_scale');
const url = databaseUrl(serverUrl, databaseName);
const admin = serverAdmin(serverUrl);
const delivered: string[] = [];
const processes: ChildProcess[] = [];
const bases: string[] = [];
let smtp: SMTPServer;
let db: Db;
let seeder: FastifyInstance;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

async function healthy(base: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const ok = await fetch(`${base}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${base} did not come up`);
}

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiDir });
  await sql.raw(`create database "${databaseName}"`).execute(admin);
  const redis = new Redis(redisUrl);
  await redis.flushdb();
  await redis.quit();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      delivered.push(address.address);
      callback();
    },
    onData(stream, _session, callback) {
      stream.on('end', () => callback());
      stream.resume();
    },
  });
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => smtp.listen(smtpPort, '127.0.0.1', resolve));
  // Both instances boot at the same moment on the empty database.
  for (let index = 0; index < 2; index += 1) {
    const port = await freePort();
    bases.push(`http://127.0.0.1:${port}`);
    processes.push(
      spawn(process.execPath, ['dist/server.js'], {
        cwd: apiDir,
        stdio: 'ignore',
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DEMO_DATA: '0',
          JWT_SECRET: jwtSecret,
          DATABASE_URL: url,
          REDIS_URL: redisUrl,
          SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
          AUTH_RATE_LIMIT: '3',
          HOST: '127.0.0.1',
          PORT: String(port),
          PUBLIC_URL: 'https://capnum.test',
          LOG_LEVEL: 'warn',
        },
      }),
    );
  }
  await Promise.all(bases.map(healthy));
  // The test's own view of the same database, to seed a chamber, a session and artisans
  // and to sign their tokens with the instances' secret.
  db = createDatabase({ url }).db;
  seeder = await buildApp({ db, config: testConfig({ JWT_SECRET: jwtSecret }), logger: false });
}, 120_000);

afterAll(async () => {
  for (const child of processes) child.kill();
  await seeder?.close();
  await db?.destroy();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await sql.raw(`drop database if exists "${databaseName}" with (force)`).execute(admin);
  await admin.destroy();
});

describe('two API instances, one PostgreSQL, one Redis', () => {
  it('booted at once on an empty database, and migrated it once', async () => {
    const rows = await sql<{
      name: string;
    }>`select name from kysely_migration order by name`.execute(db);
    expect(rows.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
  });

  it('hold the sign-up limit of one address across both', async () => {
    await seedChambers(db);
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const response = await fetch(`${bases[index % 2]}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(signupBody()),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('give exactly 12 seats to 200 bookings raced across both, and e-mail each booking once', async () => {
    const chambers = await seedChambers(db);
    const context = { db, app: seeder, chambers } as unknown as TestContext;
    await seedCatalogues(context);
    const { sessionIds } = await insertStop(context, {
      communeCode: '89024',
      date: '2027-05-11',
      sessions: [{ workshop: 'social-decouverte', start: '14:00', end: '15:00', capacity: 12 }],
    });
    const sessionId = sessionIds[0] as string;
    const artisans = await insertArtisans(context, 200);
    const outboxBefore = await db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const responses = await Promise.all(
      artisans.map((artisan, index) =>
        fetch(`${bases[index % 2]}/api/sessions/${sessionId}/registrations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${artisan.token}` },
        }).then(async (response) => ({ status: response.status, body: await response.json() })),
      ),
    );
    expect(responses.filter((response) => response.status !== 201)).toEqual([]);
    const statuses = responses.map((response) => (response.body as { status: string }).status);
    expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(12);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(188);

    // Both senders run: every booking's e-mail goes out once.
    const expected = Number(outboxBefore.n) + 200;
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const sent = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('sent_at', 'is not', null)
        .executeTakeFirstOrThrow();
      if (Number(sent.n) >= expected) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const booked = new Set(artisans.map((artisan) => artisan.email));
    const toBooked = delivered.filter((address) => booked.has(address));
    expect(toBooked).toHaveLength(200);
    expect(new Set(toBooked).size).toBe(200);
  }, 120_000);
});
