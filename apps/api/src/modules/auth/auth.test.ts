import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createStaffUser,
  createTestContext,
  decodeClaims,
  refreshCookieOf,
  signUpArtisan,
  TEST_PASSWORD,
  type TestContext,
} from '../../test/test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 1000 } });
});
afterAll(async () => {
  await context.close();
});

const login = (email: string, password: string) =>
  context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
const refresh = (cookie?: string) =>
  context.app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    cookies: cookie ? { capnum_refresh: cookie } : {},
  });

describe('POST /api/auth/login', () => {
  it('logs in with the right password and sets a refresh cookie', async () => {
    const artisan = await signUpArtisan(context);
    const response = await login(artisan.email, TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user.email).toBe(artisan.email);
    expect(refreshCookieOf(response)).toHaveLength(43);
  });

  it('answers a wrong email and a wrong password with the same message', async () => {
    const artisan = await signUpArtisan(context);
    const wrongPassword = await login(artisan.email, 'pas-le-bon-mot-de-passe');
    const wrongEmail = await login('personne@exemple.fr', TEST_PASSWORD);
    expect(wrongPassword.statusCode).toBe(401);
    expect(wrongEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual(wrongEmail.json());
    expect(wrongEmail.json()).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'Adresse e-mail ou mot de passe incorrect.',
    });
  });
});

describe('refresh-token rotation', () => {
  it('rotates the token and refuses the old one, revoking the whole family', async () => {
    const artisan = await signUpArtisan(context);
    const first = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));

    const rotated = await refresh(first);
    expect(rotated.statusCode).toBe(200);
    expect(rotated.json().user.id).toBe(artisan.id);
    const second = refreshCookieOf(rotated);
    expect(second).not.toBe(first);

    // Replaying the first token later is a theft signal: the family dies.
    context.clock.set('2026-05-01T08:00:11.000Z');
    const replay = await refresh(first);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('REFRESH_REUSED');
    const afterTheft = await refresh(second);
    expect(afterTheft.statusCode).toBe(401);
    expect(afterTheft.json().code).toBe('REFRESH_REUSED');
    context.clock.set('2026-05-01T08:00:00.000Z');
  });

  it('answers two tabs refreshing at once with a retryable race, keeping the session', async () => {
    const artisan = await signUpArtisan(context);
    const shared = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    const winner = await refresh(shared);
    expect(winner.statusCode).toBe(200);
    const loser = await refresh(shared);
    expect(loser.statusCode).toBe(401);
    expect(loser.json()).toEqual({
      statusCode: 401,
      code: 'REFRESH_RACE',
      message: 'Session renouvelée à l’instant par un autre onglet : réessayez.',
    });
    // The loser's browser keeps the cookie the winner received, and it still works.
    expect(loser.cookies.find((cookie) => cookie.name === 'capnum_refresh')).toBeUndefined();
    expect((await refresh(refreshCookieOf(winner))).statusCode).toBe(200);
  });

  it('answers a race once only: the same token raced again kills the family', async () => {
    const artisan = await signUpArtisan(context);
    const shared = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    const winner = await refresh(shared);
    expect((await refresh(shared)).json().code).toBe('REFRESH_RACE');
    const replay = await refresh(shared);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('REFRESH_REUSED');
    expect((await refresh(refreshCookieOf(winner))).json().code).toBe('REFRESH_REUSED');
    const me = await context.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: bearer({ token: winner.json().accessToken }),
    });
    expect(me.statusCode).toBe(401);
  });

  it('refuses refresh and logout sent by another site’s page, and keeps the session', async () => {
    const artisan = await signUpArtisan(context);
    const cookie = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    for (const url of ['/api/auth/refresh', '/api/auth/logout']) {
      for (const origin of ['https://attaquant.example', 'null']) {
        const response = await context.app.inject({
          method: 'POST',
          url,
          headers: { origin, host: 'localhost:3000' },
          cookies: { capnum_refresh: cookie },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json()).toEqual({
          statusCode: 403,
          code: 'FOREIGN_ORIGIN',
          message: 'Requête refusée : elle ne vient pas de l’application Cap Numérique.',
        });
      }
    }
    const fromTheApp = await context.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { origin: 'http://localhost:3000', host: 'localhost:3000' },
      cookies: { capnum_refresh: cookie },
    });
    expect(fromTheApp.statusCode).toBe(200);
    // Behind the development proxy the page's origin is the host it talks to.
    const throughProxy = await context.app.inject({
      method: 'POST',
      url: '/api/auth/refresh',
      headers: { origin: 'http://localhost:5173', host: 'localhost:5173' },
      cookies: { capnum_refresh: refreshCookieOf(fromTheApp) },
    });
    expect(throughProxy.statusCode).toBe(200);
  });

  it('keeps other sessions of the same user alive after a reuse', async () => {
    const artisan = await signUpArtisan(context);
    const phone = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    const laptop = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    await refresh(phone);
    await refresh(phone);
    expect((await refresh(laptop)).statusCode).toBe(200);
  });

  it('refuses a missing or unknown cookie, and an expired one', async () => {
    expect((await refresh()).json().code).toBe('NO_SESSION');
    expect((await refresh('nimporte-quoi')).statusCode).toBe(401);

    const artisan = await signUpArtisan(context);
    const cookie = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    context.clock.set('2026-06-15T08:00:00.000Z');
    try {
      const expired = await refresh(cookie);
      expect(expired.statusCode).toBe(401);
      expect(expired.json().code).toBe('SESSION_EXPIRED');
    } finally {
      context.clock.set('2026-05-01T08:00:00.000Z');
    }
  });

  it('logout revokes the session', async () => {
    const artisan = await signUpArtisan(context);
    const cookie = refreshCookieOf(await login(artisan.email, TEST_PASSWORD));
    const logout = await context.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookies: { capnum_refresh: cookie },
    });
    expect(logout.statusCode).toBe(204);
    expect((await refresh(cookie)).statusCode).toBe(401);
  });
});

describe('GET /api/me', () => {
  it('refuses a request without or with a forged token', async () => {
    const anonymous = await context.app.inject({ method: 'GET', url: '/api/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({
      statusCode: 401,
      code: 'UNAUTHORIZED',
      message: 'Veuillez vous connecter.',
    });
    const forged = await context.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('shows each user their own chamber only', async () => {
    const advisor = await createStaffUser(context, 'advisor', 'grandEst');
    const response = await context.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: bearer(advisor),
    });
    expect(response.json()).toEqual({
      id: advisor.id,
      email: advisor.email,
      role: 'advisor',
      chamber: {
        id: context.chambers.grandEst,
        name: 'CMA Grand Est',
        departements: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
      },
      emailConfirmed: true,
    });
  });

  it('does not resolve a user through a token naming another chamber', async () => {
    const artisan = await signUpArtisan(context);
    const crossTenant = context.app.jwt.sign({
      ...decodeClaims(artisan.token),
      chamberId: context.chambers.grandEst,
    });
    const response = await context.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${crossTenant}` },
    });
    expect(response.statusCode).toBe(401);
  });
});
