import { randomUUID } from 'node:crypto';
import type { Role } from '@capnum/contracts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { type Config, testConfig } from '../config.ts';
import type { Db } from '../db/database.ts';
import { type Clock, fixedClock } from '../lib/clock.ts';
import { hashPassword } from '../lib/passwords.ts';
import { accessClaimsOf } from '../modules/auth/auth.service.ts';
import type { AccessClaims } from '../plugins/authentication.ts';
import { ensureReferenceData } from '../seed/reference-data.ts';
import { seedChambers } from '../seed/seed.ts';
import { siretFrom } from '../seed/siret-generator.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  chambers: { bfc: string; grandEst: string };
  close: () => Promise<void>;
}

export const TEST_PASSWORD = 'mot-de-passe-de-test';
let passwordHash: Promise<string> | undefined;

/** buildApp on a fresh migrated database with the two demo chambers. */
export async function createTestContext(
  options: {
    config?: Partial<Config>;
    now?: string;
    accountEventsIntervalMs?: number;
    webDistDir?: string;
    redisKeyPrefix?: string;
  } = {},
): Promise<TestContext> {
  const { db, drop } = await createTestDatabase();
  const clock = fixedClock(options.now ?? '2026-05-01T08:00:00.000Z');
  await ensureReferenceData(db);
  const chambers = await seedChambers(db);
  const app = await buildApp({
    db,
    clock: clock as Clock,
    config: testConfig(options.config),
    accountEventsIntervalMs: options.accountEventsIntervalMs,
    webDistDir: options.webDistDir,
    redisKeyPrefix: options.redisKeyPrefix,
    logger: false,
  });
  return {
    app,
    db,
    clock,
    chambers,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

let sequence = 0;

/** A valid sign-up body with unique email and SIRET. */
export function signupBody(overrides: Record<string, unknown> = {}) {
  sequence += 1;
  const unique = `${process.pid % 1000}${sequence}`.padStart(7, '0').slice(-7);
  return {
    email: `artisan-${unique}@exemple.fr`,
    password: TEST_PASSWORD,
    businessName: `Menuiserie ${unique}`,
    siret: siretFrom(`890000${unique}`),
    trade: 'Menuisier',
    sector: 'batiment',
    communeCode: '89024',
    employeeBand: '1-2',
    ...overrides,
  };
}

export interface TestUser {
  id: string;
  email: string;
  token: string;
  role: Role;
  chamberId: string;
  artisanId?: string;
}

/** The token of the latest link of that kind e-mailed to an address (read from the outbox). */
export async function linkTokenFor(
  context: Pick<TestContext, 'db'>,
  email: string,
  path = '/confirmer-mon-adresse',
): Promise<string> {
  const rows = await context.db
    .selectFrom('outbox')
    .select('body')
    .where('to_email', '=', email)
    .orderBy('created_at', 'desc')
    .execute();
  const pattern = new RegExp(`${path}\\?jeton=([A-Za-z0-9_-]+)`);
  for (const row of rows) {
    const match = pattern.exec(row.body);
    if (match?.[1]) return match[1];
  }
  throw new Error(`no ${path} link e-mailed to ${email}`);
}

/**
 * Signs an artisan up the way people do: sign-up, the confirmation link from the e-mail
 * (unless `confirmed: false`), then login.
 */
export async function signUpArtisan(
  context: TestContext,
  overrides: Record<string, unknown> = {},
  options: { confirmed?: boolean } = {},
): Promise<TestUser> {
  const body = signupBody(overrides);
  const signup = await context.app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: body,
  });
  if (signup.statusCode !== 202) throw new Error(`signup failed: ${signup.body}`);
  if (options.confirmed !== false) {
    const confirmation = await context.app.inject({
      method: 'POST',
      url: '/api/auth/email-confirmation',
      payload: { token: await linkTokenFor(context, body.email) },
    });
    if (confirmation.statusCode !== 200)
      throw new Error(`confirmation failed: ${confirmation.body}`);
  }
  const login = await context.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: body.email, password: body.password },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const { user, accessToken } = login.json();
  const artisan = await context.db
    .selectFrom('artisans')
    .select('id')
    .where('user_id', '=', user.id)
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    email: user.email,
    token: accessToken,
    role: 'artisan',
    chamberId: user.chamber.id,
    artisanId: artisan.id,
  };
}

/** Advisors and staff are invited in real life; tests insert them directly. */
export async function createStaffUser(
  context: TestContext,
  role: 'advisor' | 'staff',
  chamber: 'bfc' | 'grandEst' = 'bfc',
): Promise<TestUser> {
  sequence += 1;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role}-${sequence}-${process.pid}@cma.test`;
  const chamberId = context.chambers[chamber];
  const { id } = await context.db
    .insertInto('users')
    .values({
      email,
      role,
      chamber_id: chamberId,
      password_hash: await passwordHash,
      // Invited people confirm their address by accepting the invitation.
      email_confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = await signTokenFor(context, id);
  return { id, email, token, role, chamberId };
}

/**
 * An access token for a user, signed with the server's own claims function, as if
 * they had just logged in (a session of their own, never ended).
 */
export async function signTokenFor(
  context: Pick<TestContext, 'app' | 'db'>,
  userId: string,
  sessionId: string = randomUUID(),
): Promise<string> {
  const row = await context.db
    .selectFrom('users')
    .leftJoin('artisans', 'artisans.user_id', 'users.id')
    .select([
      'users.id',
      'users.role',
      'users.chamber_id',
      'users.session_version',
      'artisans.id as artisan_id',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirstOrThrow();
  return context.app.jwt.sign(accessClaimsOf(row, sessionId));
}

export const bearer = (user: { token: string }) => ({ authorization: `Bearer ${user.token}` });

/** The refresh cookie a response set, ready to send back. */
export function refreshCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((entry) => entry.name === 'capnum_refresh');
  if (!cookie) throw new Error('no refresh cookie in response');
  return cookie.value;
}

/** The access claims a token carries (not its registered claims: exp, iat, iss, aud). */
export function decodeClaims(token: string): AccessClaims {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString());
  const { sub, role, chamberId, artisanId, sv, sid } = payload as AccessClaims;
  return { sub, role, chamberId, sv, sid, ...(artisanId ? { artisanId } : {}) };
}
