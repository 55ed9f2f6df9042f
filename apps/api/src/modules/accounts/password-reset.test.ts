import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueOneTimeToken } from '../../lib/one-time-tokens.ts';
import { as } from '../../test/fixtures.ts';
import {
  createTestContext,
  linkTokenFor,
  refreshCookieOf,
  signUpArtisan,
  TEST_PASSWORD,
  type TestContext,
} from '../../test/test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
});
afterAll(() => context.close());

const NEW_PASSWORD = 'un nouveau mot de passe';
const request = (email: string) => as(context).post('/api/auth/password-reset', { email });
const confirm = (token: string, password = NEW_PASSWORD) =>
  as(context).post('/api/auth/password-reset/confirm', { token, password });
const login = (email: string, password: string) =>
  as(context).post('/api/auth/login', { email, password });
const outboxCount = async (email: string) =>
  (
    await context.db
      .selectFrom('outbox')
      .select('id')
      .where('to_email', '=', email)
      .where('subject', '=', 'Choisir un nouveau mot de passe pour Cap Numérique')
      .execute()
  ).length;

describe('password reset', () => {
  it('answers a known and an unknown address the same, and writes only to the known one', async () => {
    const artisan = await signUpArtisan(context);
    const known = await request(artisan.email.toUpperCase());
    const unknown = await request('personne@exemple.fr');
    expect(known.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    expect(known.json()).toEqual({ status: 'reset-sent', email: artisan.email });
    expect(unknown.json()).toEqual({ status: 'reset-sent', email: 'personne@exemple.fr' });
    expect(await outboxCount(artisan.email)).toBe(1);
    expect(await outboxCount('personne@exemple.fr')).toBe(0);
  });

  it('sets the new password, ends every session and refuses the old token on the next request', async () => {
    const artisan = await signUpArtisan(context);
    const session = await login(artisan.email, TEST_PASSWORD);
    const cookie = refreshCookieOf(session);
    await request(artisan.email);
    const token = await linkTokenFor(context, artisan.email, '/nouveau-mot-de-passe');
    const changed = await confirm(token);
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ status: 'password-changed', email: artisan.email });
    expect((await as(context, artisan).get('/api/me')).statusCode).toBe(401);
    const refreshed = await as(context).post('/api/auth/refresh', undefined);
    expect(refreshed.statusCode).toBe(401);
    const withCookie = await context.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      cookies: { capnum_refresh: cookie },
    });
    expect(withCookie.statusCode).toBe(401);
    expect((await login(artisan.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(artisan.email, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('uses a link once, only for a reset, and only within the hour; a new link kills the old one', async () => {
    const artisan = await signUpArtisan(context);
    await request(artisan.email);
    const first = await linkTokenFor(context, artisan.email, '/nouveau-mot-de-passe');
    await request(artisan.email);
    const second = await linkTokenFor(context, artisan.email, '/nouveau-mot-de-passe');
    expect((await confirm(first)).json().code).toBe('LINK_INVALID');
    // A confirmation link is no reset link.
    const confirmation = await issueOneTimeToken(
      context.db,
      { purpose: 'email-confirmation', email: artisan.email, userId: artisan.id },
      context.clock.now(),
    );
    expect((await confirm(confirmation)).statusCode).toBe(400);
    context.clock.set(new Date(context.clock.now().getTime() + 61 * 60_000));
    expect((await confirm(second)).json()).toEqual({
      statusCode: 400,
      code: 'LINK_INVALID',
      message:
        'Ce lien n’est plus valable : il a déjà servi ou il a expiré (il vaut une heure). Demandez-en un nouveau.',
    });
    context.clock.set('2026-05-01T08:00:00.000Z');
    await request(artisan.email);
    const third = await linkTokenFor(context, artisan.email, '/nouveau-mot-de-passe');
    expect((await confirm(third)).statusCode).toBe(200);
    expect((await confirm(third)).statusCode).toBe(400);
  });

  it('refuses a short password and an invalid address, changing nothing', async () => {
    const artisan = await signUpArtisan(context);
    await request(artisan.email);
    const token = await linkTokenFor(context, artisan.email, '/nouveau-mot-de-passe');
    const short = await confirm(token, 'court');
    expect(short.statusCode).toBe(400);
    expect(short.json().fields).toEqual([
      { field: 'password', message: 'Le mot de passe doit contenir au moins 10 caractères.' },
    ]);
    expect((await confirm(token)).statusCode).toBe(200);
    expect((await request('pas-une-adresse')).statusCode).toBe(400);
  });

  it('sends nothing to an address not confirmed yet', async () => {
    const artisan = await signUpArtisan(context, {}, { confirmed: false });
    expect((await request(artisan.email)).statusCode).toBe(202);
    expect(await outboxCount(artisan.email)).toBe(0);
  });
});

describe('password change from "Mon compte"', () => {
  const change = (user: { token: string }, currentPassword: string, newPassword = NEW_PASSWORD) =>
    as(context, user).put('/api/me/password', { currentPassword, newPassword });

  it('needs the current password, then ends the old sessions and opens a new one', async () => {
    const artisan = await signUpArtisan(context);
    const wrong = await change(artisan, 'pas le bon');
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().message).toBe(
      'Le mot de passe actuel est incorrect : rien n’a été changé.',
    );
    expect((await as(context, artisan).get('/api/me')).statusCode).toBe(200);
    expect((await change(artisan, TEST_PASSWORD, 'court')).statusCode).toBe(400);

    const changed = await change(artisan, TEST_PASSWORD);
    expect(changed.statusCode).toBe(200);
    expect(refreshCookieOf(changed)).toBeTruthy();
    expect((await as(context, artisan).get('/api/me')).statusCode).toBe(401);
    expect(
      (await as(context, { token: changed.json().accessToken }).get('/api/me')).statusCode,
    ).toBe(200);
    expect((await login(artisan.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(artisan.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await as(context).put('/api/me/password', {})).statusCode).toBe(401);
  });
});
