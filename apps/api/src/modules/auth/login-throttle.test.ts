import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaffUser,
  createTestContext,
  TEST_PASSWORD,
  type TestContext,
} from '../../test/test-app.ts';

// Three failures per address; the proxy at 10.0.0.1 is trusted in the second app.
let direct: TestContext;
let proxied: TestContext;

beforeAll(async () => {
  direct = await createTestContext({ config: { AUTH_RATE_LIMIT: 3 } });
  proxied = await createTestContext({ config: { AUTH_RATE_LIMIT: 3, TRUST_PROXY: ['10.0.0.1'] } });
});
afterAll(async () => {
  await direct.close();
  await proxied.close();
});

function login(
  context: TestContext,
  body: { email: string; password: string },
  from: { remoteAddress: string; forwardedFor?: string },
) {
  return context.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from.remoteAddress,
    headers: from.forwardedFor ? { 'x-forwarded-for': from.forwardedFor } : {},
    payload: body,
  });
}

const wrong = (email: string) => ({ email, password: 'mauvais-mot-de-passe' });
let unique = 0;
const nobody = () => {
  unique += 1;
  return `personne-${unique}@exemple.fr`;
};

describe('failed logins per address', () => {
  it('count failures only: the van stop’s shared connection lets everyone with the right password in', async () => {
    const from = { remoteAddress: '198.51.100.1' };
    for (let index = 0; index < 12; index += 1) {
      const staff = await createStaffUser(direct, 'advisor');
      const response = await login(direct, { email: staff.email, password: TEST_PASSWORD }, from);
      expect(response.statusCode).toBe(200);
    }
    for (let index = 0; index < 3; index += 1) {
      expect((await login(direct, wrong(nobody()), from)).statusCode).toBe(401);
    }
    const limited = await login(direct, wrong(nobody()), from);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('900');
    expect(limited.json()).toEqual({
      statusCode: 429,
      code: 'TOO_MANY_REQUESTS',
      message: 'Trop de tentatives de connexion. Réessayez dans 15 minutes.',
    });
    // The limit is the address's: the right password from there waits too, another address does not.
    const staff = await createStaffUser(direct, 'staff');
    const right = { email: staff.email, password: TEST_PASSWORD };
    expect((await login(direct, right, from)).statusCode).toBe(429);
    expect((await login(direct, right, { remoteAddress: '198.51.100.2' })).statusCode).toBe(200);
  });

  it('cannot be dodged with X-Forwarded-For when no proxy is trusted', async () => {
    const statuses = [];
    for (let index = 0; index < 4; index += 1) {
      const response = await login(direct, wrong(nobody()), {
        remoteAddress: '198.51.100.3',
        forwardedFor: `203.0.113.${index}`,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it('holds per client address behind the trusted proxy', async () => {
    const throughProxy = (client: string) => ({ remoteAddress: '10.0.0.1', forwardedFor: client });
    const statuses = [];
    for (let index = 0; index < 4; index += 1) {
      statuses.push(
        (await login(proxied, wrong(nobody()), throughProxy('203.0.113.50'))).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Another client behind the same proxy is not affected.
    expect((await login(proxied, wrong(nobody()), throughProxy('203.0.113.51'))).statusCode).toBe(
      401,
    );
    // A forwarded address from an untrusted peer is ignored: that peer is the client.
    const spoofed = [];
    for (let index = 0; index < 4; index += 1) {
      const response = await login(proxied, wrong(nobody()), {
        remoteAddress: '198.51.100.9',
        forwardedFor: `203.0.113.${100 + index}`,
      });
      spoofed.push(response.statusCode);
    }
    expect(spoofed).toEqual([401, 401, 401, 429]);
  });
});

describe('failed logins per e-mail', () => {
  it('slow down spraying one account from many addresses, with doubling waits', async () => {
    const staff = await createStaffUser(direct, 'staff');
    const address = (index: number) => ({ remoteAddress: `192.0.2.${index}` });
    for (let index = 0; index < 5; index += 1) {
      expect((await login(direct, wrong(staff.email), address(index))).statusCode).toBe(401);
    }
    const waiting = await login(direct, wrong(staff.email), address(20));
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('2');
    expect(waiting.json().message).toBe(
      'Trop de tentatives de connexion. Réessayez dans 2 secondes.',
    );
    // Even the right password waits: the wait protects the account, not the guess.
    const right = { email: staff.email, password: TEST_PASSWORD };
    expect((await login(direct, right, address(21))).statusCode).toBe(429);

    direct.clock.set(new Date(direct.clock.now().getTime() + 2_000));
    expect((await login(direct, wrong(staff.email), address(22))).statusCode).toBe(401);
    const longer = await login(direct, wrong(staff.email), address(23));
    expect(longer.headers['retry-after']).toBe('4');

    direct.clock.set(new Date(direct.clock.now().getTime() + 4_000));
    expect((await login(direct, right, address(24))).statusCode).toBe(200);
    // A success clears the account's count.
    expect((await login(direct, wrong(staff.email), address(25))).statusCode).toBe(401);
  });
});
