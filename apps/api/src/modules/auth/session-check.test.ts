import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyRoute, protectedRoutes, statusesWith } from '../../test/protected-routes.ts';
import {
  bearer,
  createStaffUser,
  createTestContext,
  decodeClaims,
  refreshCookieOf,
  signTokenFor,
  signUpArtisan,
  type TestContext,
} from '../../test/test-app.ts';
import { ACCOUNT_STATE_TTL_MS } from './session-check.ts';

let context: TestContext;
let routes: { method: string; url: string }[];

beforeAll(async () => {
  context = await createTestContext({
    config: { AUTH_RATE_LIMIT: 1000 },
    accountEventsIntervalMs: 50,
  });
  routes = await protectedRoutes(context);
});
afterAll(async () => {
  await context.close();
});

const me = (token: string) =>
  context.app.inject({ method: 'GET', url: '/api/me', headers: bearer({ token }) });

describe('an access token whose account changed', () => {
  it('covers every route family (the check below is not vacuous)', () => {
    const families = new Set(routes.map((route) => route.url.split('/')[2]));
    expect([...families].sort()).toEqual([
      'advisor',
      'assessments',
      'auth',
      'me',
      'questionnaire',
      'sessions',
      'staff',
      'tour',
    ]);
  });

  it('is refused everywhere once a staff member is demoted through the app', async () => {
    const staff = await createStaffUser(context, 'staff');
    expect((await me(staff.token)).statusCode).toBe(200); // the state is now cached
    await context.app.services.accountStatus.changeRole(staff.id, 'advisor');
    expect(await statusesWith(context, routes, staff.token)).toEqual(everyRoute(routes, 401));
  });

  it('is refused everywhere when the role was changed in the database directly', async () => {
    const staff = await createStaffUser(context, 'staff');
    await context.db
      .updateTable('users')
      .set({ role: 'advisor' })
      .where('id', '=', staff.id)
      .execute();
    expect(await statusesWith(context, routes, staff.token)).toEqual(everyRoute(routes, 401));
  });

  it('follows a change made in SQL after the state was cached (another instance, an operator)', async () => {
    const staff = await createStaffUser(context, 'staff');
    const artisan = await signUpArtisan(context);
    const loggedOut = await createStaffUser(context, 'advisor');
    const session = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: loggedOut.email, password: 'mot-de-passe-de-test' },
    });
    const sessionToken = session.json().accessToken as string;
    for (const token of [staff.token, artisan.token, sessionToken]) {
      expect((await me(token)).statusCode).toBe(200);
    }
    await context.db
      .updateTable('users')
      .set({ role: 'advisor' })
      .where('id', '=', staff.id)
      .execute();
    await context.db.deleteFrom('artisans').where('user_id', '=', artisan.id).execute();
    await context.db
      .updateTable('refresh_tokens')
      .set({ revoked_at: new Date() })
      .where('user_id', '=', loggedOut.id)
      .execute();
    for (const token of [staff.token, artisan.token, sessionToken]) {
      await expect.poll(async () => (await me(token)).statusCode, { timeout: 3000 }).toBe(401);
    }
  });

  it('keeps serving a cached account without reading it again, for as long as a token lives', async () => {
    const staff = await createStaffUser(context, 'staff');
    expect((await me(staff.token)).statusCode).toBe(200);
    // Changed behind the cache's back with triggers off (no event): the cached state still answers.
    await context.db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx);
      await trx
        .updateTable('users')
        .set({ session_version: 5 })
        .where('id', '=', staff.id)
        .execute();
    });
    const statuses = await Promise.all(
      [1, 2, 3].map(async () => (await me(staff.token)).statusCode),
    );
    expect(statuses).toEqual([200, 200, 200]);
    context.clock.set(new Date(context.clock.now().getTime() + ACCOUNT_STATE_TTL_MS + 1));
    expect((await me(staff.token)).statusCode).toBe(401);
  });

  it('is refused everywhere for a deleted artisan, never a 500', async () => {
    const artisan = await signUpArtisan(context);
    expect((await me(artisan.token)).statusCode).toBe(200);
    await context.db.deleteFrom('users').where('id', '=', artisan.id).execute();
    context.app.services.sessionCheck.forgetUser(artisan.id);
    expect(await statusesWith(context, routes, artisan.token)).toEqual(everyRoute(routes, 401));
  });

  it('is refused everywhere for a user who never existed', async () => {
    const staff = await createStaffUser(context, 'staff');
    const phantom = context.app.jwt.sign({ ...decodeClaims(staff.token), sub: randomUUID() });
    expect(await statusesWith(context, routes, phantom)).toEqual(everyRoute(routes, 401));
    const audit = await context.db.selectFrom('audit_events').select('actor_id').execute();
    expect(audit.filter((event) => event.actor_id === decodeClaims(phantom).sub)).toEqual([]);
  });

  it('is refused everywhere after a deactivation, and the account can no longer log in', async () => {
    const artisan = await signUpArtisan(context);
    await context.app.services.accountStatus.deactivate(artisan.id);
    expect(await statusesWith(context, routes, artisan.token)).toEqual(everyRoute(routes, 401));
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: artisan.email, password: 'mot-de-passe-de-test' },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().code).toBe('ACCOUNT_DEACTIVATED');
  });

  it('is refused everywhere after logout, while another session of the same person lives on', async () => {
    const artisan = await signUpArtisan(context);
    const login = () =>
      context.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: artisan.email, password: 'mot-de-passe-de-test' },
      });
    const phone = await login();
    const laptop = await login();
    const phoneToken = phone.json().accessToken as string;
    expect((await me(phoneToken)).statusCode).toBe(200);
    const logout = await context.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { capnum_refresh: refreshCookieOf(phone) },
    });
    expect(logout.statusCode).toBe(204);
    expect(await statusesWith(context, routes, phoneToken)).toEqual(everyRoute(routes, 401));
    expect((await me(laptop.json().accessToken)).statusCode).toBe(200);
  });

  it('ends the session of the access token itself when logout comes without the cookie', async () => {
    const staff = await createStaffUser(context, 'staff');
    const otherSession = await signTokenFor(context, staff.id);
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: staff.email, password: 'mot-de-passe-de-test' },
    });
    const sessionToken = login.json().accessToken as string;
    const logout = await context.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: bearer({ token: sessionToken }),
    });
    expect(logout.statusCode).toBe(204);
    expect((await me(sessionToken)).statusCode).toBe(401);
    expect((await me(otherSession)).statusCode).toBe(200);
  });

  it('is refused after all sessions are ended (password change, reset)', async () => {
    const artisan = await signUpArtisan(context);
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: artisan.email, password: 'mot-de-passe-de-test' },
    });
    await context.app.services.accountStatus.endAllSessions(artisan.id);
    expect((await me(artisan.token)).statusCode).toBe(401);
    expect((await me(login.json().accessToken)).statusCode).toBe(401);
    const refreshed = await context.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { capnum_refresh: refreshCookieOf(login) },
    });
    expect(refreshed.statusCode).toBe(401);
  });
});
