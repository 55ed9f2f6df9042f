import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import {
  bearer,
  createStaffUser,
  createTestContext,
  signUpArtisan,
  signupBody,
  type TestContext,
} from './test/test-app.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ config: { AUTH_RATE_LIMIT: 3 } });
});
afterAll(async () => {
  await context.close();
});

describe('health', () => {
  it('is live', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready once the database answers and migrations are applied', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      checks: { database: 'ok', migrations: 'ok' },
    });
  });
});

describe('OpenAPI', () => {
  it('documents every route of the API', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
        ([path, methods]) =>
          Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const registered = context.app.publicRoutes.map(
      ({ method, url }) => `${method} ${url.replace(/:(\w+)/g, '{$1}')}`,
    );
    expect([...documented].sort()).toEqual([...new Set(registered)].sort());
    for (const route of [
      'POST /api/auth/signup',
      'GET /api/me',
      'PATCH /api/assessments/draft',
      'GET /api/assessments/{id}',
      'GET /health/ready',
    ]) {
      expect(documented).toContain(route);
    }
  });

  it('serves the documentation page', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });

  it('hides the documentation when API_DOCS=off', async () => {
    const closed = await createTestContext({ config: { API_DOCS: false } });
    try {
      for (const url of ['/api/docs/', '/api/docs/json']) {
        const response = await closed.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(404);
        expect(response.json().code).toBe('ROUTE_NOT_FOUND');
      }
    } finally {
      await closed.close();
    }
  });
});

describe('errors and headers', () => {
  it('answers an unknown API route with a French 404 body', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/nulle-part' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: 'Cette adresse ne correspond à aucune ressource.',
    });
  });

  it('sends security headers', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/health/live' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('forbids caching of every API answer, except the questionnaire it revalidates', async () => {
    const staff = await createStaffUser(context, 'staff');
    const artisan = await signUpArtisan(context);
    const answers = [];
    for (const route of context.app.publicRoutes.filter((r) => r.method === 'GET')) {
      if (!route.url.startsWith('/api/') || route.url.startsWith('/api/questionnaire')) continue;
      for (const user of [undefined, staff, artisan]) {
        const response = await context.app.inject({
          method: 'GET',
          url: route.url.replace(/:\w+/g, '00000000-0000-4000-8000-000000000000'),
          headers: user ? bearer(user) : {},
        });
        answers.push(`${route.url} ${response.statusCode} ${response.headers['cache-control']}`);
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(' no-store'))).toEqual([]);
    // Not vacuous: personal data answered with 200 is among them.
    expect(answers).toContain('/api/me 200 no-store');
    expect(answers).toContain('/api/staff/workshops 200 no-store');
    const questionnaire = await context.app.inject({
      method: 'GET',
      url: '/api/questionnaire',
      headers: bearer(artisan),
    });
    expect(questionnaire.headers['cache-control']).toBe('private, no-cache');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('communes', () => {
  it('finds a commune by name without accents and by postcode', async () => {
    const byName = await context.app.inject({ method: 'GET', url: '/api/communes?q=auxerre' });
    expect(byName.json().communes[0]).toEqual({
      code: '89024',
      name: 'Auxerre',
      departement: '89',
      postcodes: ['89000', '89290'],
    });
    const accented = await context.app.inject({
      method: 'GET',
      url: `/api/communes?q=${encodeURIComponent('cosne cours')}`,
    });
    expect(accented.json().communes[0].name).toBe('Cosne-Cours-sur-Loire');
    const byPostcode = await context.app.inject({ method: 'GET', url: '/api/communes?q=21000' });
    expect(byPostcode.json().communes.map((c: { name: string }) => c.name)).toContain('Dijon');
  });

  it('asks for at least two characters', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/communes?q=a' });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { field: 'q', message: 'Tapez au moins 2 caractères.' },
    ]);
  });
});

describe('rate limiting', () => {
  it('limits sign-ups per address', async () => {
    const attempt = () =>
      context.app.inject({
        method: 'POST',
        url: '/api/auth/signup',
        remoteAddress: '203.0.113.9',
        payload: signupBody({ siret: '1' }),
      });
    for (let index = 0; index < 3; index += 1) expect((await attempt()).statusCode).toBe(400);
    const limited = await attempt();
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: 'Trop de tentatives. Réessayez dans 15 minutes.',
    });
  });

  it('limits the public commune search per address', async () => {
    const search = () =>
      context.app.inject({
        method: 'GET',
        url: '/api/communes?q=aux',
        remoteAddress: '203.0.113.10',
      });
    const statuses = [];
    for (let index = 0; index < 121; index += 1) statuses.push((await search()).statusCode);
    expect(statuses.filter((status) => status === 200)).toHaveLength(120);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('configuration', () => {
  it('reads the trusted proxy as nothing, everything, a hop count or addresses', () => {
    const trust = (value: string) =>
      loadConfig({ NODE_ENV: 'test', TRUST_PROXY: value }).TRUST_PROXY;
    expect(trust('')).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('true')).toBe(true);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.1, 192.168.0.0/16')).toEqual(['10.0.0.1', '192.168.0.0/16']);
  });

  it('refuses a k-anonymity threshold below 5', () => {
    expect(() => loadConfig({ K_ANONYMITY: '3' })).toThrow(/K_ANONYMITY/);
    expect(loadConfig({ K_ANONYMITY: '8' }).K_ANONYMITY).toBe(8);
  });

  it('has the documented defaults', () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    expect(config).toMatchObject({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      DEMO_DATA: false,
      API_DOCS: true,
      PORT: 3000,
      TRUST_PROXY: false,
      DATA_DIR: './data',
      AUTH_RATE_LIMIT: 10,
      K_ANONYMITY: 5,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.SMTP_URL).toBeUndefined();
  });
});
