import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as } from './test/fixtures.ts';
import { createTestContext, signupBody, type TestContext } from './test/test-app.ts';

// Two API instances sharing one Redis (REDIS_URL): the limits hold across both, as if
// requests were spread by a load balancer. Redis runs on the development machines and in CI.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
let instances: [TestContext, TestContext];

beforeAll(async () => {
  const redisKeyPrefix = `capnum-test-${randomUUID()}:`;
  const start = () =>
    createTestContext({ config: { REDIS_URL, AUTH_RATE_LIMIT: 3 }, redisKeyPrefix });
  instances = [await start(), await start()];
});
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.close()));
});

describe('limits shared by two instances through Redis', () => {
  it('counts sign-ups from one address across both instances', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 4; index += 1) {
      const instance = instances[index % 2] as TestContext;
      const response = await as(instance).post('/api/auth/signup', signupBody());
      statuses.push(response.statusCode);
    }
    // Three allowed per address in all; each instance alone would have allowed three.
    expect(statuses).toEqual([202, 202, 202, 429]);
  });

  it('slows down failed logins on one e-mail, wherever they land', async () => {
    const email = `personne-${randomUUID()}@exemple.fr`;
    const tries: number[] = [];
    for (let index = 0; index < 7; index += 1) {
      const instance = instances[index % 2] as TestContext;
      const response = await instance.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: 'pas le bon mot de passe' },
        // A different client address each time: only the e-mail's own count can stop them.
        remoteAddress: `10.0.0.${index + 1}`,
      });
      tries.push(response.statusCode);
    }
    // Five free failures, then the shared delay answers 429 on either instance.
    expect(tries.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(tries[5]).toBe(429);
  });
});

describe('when Redis does not answer', () => {
  it('still answers sign-ups and sign-ins, never a 500, counting in memory meanwhile', async () => {
    // Nothing listens on port 1: every Redis command fails.
    const alone = await createTestContext({
      config: { REDIS_URL: 'redis://127.0.0.1:1', AUTH_RATE_LIMIT: 100 },
    });
    try {
      const signup = await as(alone).post('/api/auth/signup', signupBody());
      expect(signup.statusCode).toBe(202);
      const statuses: number[] = [];
      const email = `absent-${randomUUID()}@exemple.fr`;
      for (let index = 0; index < 7; index += 1) {
        const response = await as(alone).post('/api/auth/login', {
          email,
          password: 'pas le bon mot de passe',
        });
        statuses.push(response.statusCode);
      }
      // The per-e-mail delay still applies, from this instance's own count.
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses[5]).toBe(429);
    } finally {
      await alone.close();
    }
  });
});
