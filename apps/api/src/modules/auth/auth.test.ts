import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createStaffUser,
  createTestContext,
  refreshCookieOf,
  signUpArtisan,
  signupBody,
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

const signup = (payload: unknown) =>
  context.app.inject({ method: 'POST', url: '/api/auth/signup', payload: payload as object });
const login = (email: string, password: string) =>
  context.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
const refresh = (cookie?: string) =>
  context.app.inject({
    method: 'POST',
    url: '/api/auth/refresh',
    cookies: cookie ? { capnum_refresh: cookie } : {},
  });

describe('POST /api/auth/signup', () => {
  it('creates an artisan in the chamber covering the commune', async () => {
    const body = signupBody({ communeCode: '89024', shareWithAdvisor: true });
    const response = await signup(body);
    expect(response.statusCode).toBe(201);
    const json = response.json();
    expect(json.user).toEqual({
      id: expect.any(String),
      email: body.email,
      role: 'artisan',
      chamber: {
        id: context.chambers.bfc,
        name: 'CMA Bourgogne-Franche-Comté',
        departements: ['21', '25', '39', '58', '70', '71', '89', '90'],
      },
    });
    expect(typeof json.accessToken).toBe('string');
    const cookie = response.cookies.find((entry) => entry.name === 'capnum_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });

    const me = await context.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${json.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().artisan).toMatchObject({
      businessName: body.businessName,
      communeCode: '89024',
      communeName: 'Auxerre',
      departement: '89',
      sector: 'batiment',
      employeeBand: '1-2',
      shareWithAdvisor: true,
      consentAt: '2026-05-01T08:00:00.000Z',
    });
    const stored = await context.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', body.email)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a SIRET whose key is wrong, naming the field', async () => {
    const response = await signup(signupBody({ siret: '73282932000075' }));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      statusCode: 400,
      code: 'VALIDATION_ERROR',
      message: 'Certains champs sont invalides : siret.',
      fields: [
        {
          field: 'siret',
          message: 'Ce numéro SIRET n’est pas valide (clé de contrôle incorrecte).',
        },
      ],
    });
  });

  it('refuses a password shorter than 10 characters', async () => {
    const response = await signup(signupBody({ password: 'court123' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { field: 'password', message: 'Le mot de passe doit contenir au moins 10 caractères.' },
    ]);
  });

  it('refuses a commune code that is not in the official list', async () => {
    const response = await signup(signupBody({ communeCode: '89999' }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({
      code: 'COMMUNE_UNKNOWN',
      message: 'Cette commune est introuvable dans la liste officielle.',
    });
  });

  it('answers 422 when no chamber covers the commune', async () => {
    const response = await signup(signupBody({ communeCode: '69123' }));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'NO_CHAMBER' });
    expect(response.json().message).toContain('Lyon (département 69)');
  });

  it('answers 409 for an email already used, whatever its case', async () => {
    const first = signupBody();
    expect((await signup(first)).statusCode).toBe(201);
    const response = await signup(signupBody({ email: first.email.toUpperCase() }));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({
      statusCode: 409,
      code: 'EMAIL_TAKEN',
      message: 'Un compte existe déjà avec cette adresse e-mail.',
    });
  });

  it('answers 400 with a French message for malformed JSON, wrong types and oversized bodies', async () => {
    const malformed = await context.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toEqual({
      statusCode: 400,
      code: 'INVALID_JSON',
      message: 'Le corps de la requête n’est pas un JSON valide.',
    });

    const wrongTypes = await signup({ ...signupBody(), shareWithAdvisor: 'oui', employeeBand: 7 });
    expect(wrongTypes.statusCode).toBe(400);
    expect(wrongTypes.json().fields.map((field: { field: string }) => field.field)).toEqual([
      'employeeBand',
      'shareWithAdvisor',
    ]);

    const huge = await signup({ ...signupBody(), trade: 'x'.repeat(300_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('BODY_TOO_LARGE');
  });
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
    });
  });

  it('does not resolve a user through a token naming another chamber', async () => {
    const artisan = await signUpArtisan(context);
    const crossTenant = context.app.jwt.sign({
      sub: artisan.id,
      role: 'artisan',
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
