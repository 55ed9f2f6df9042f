import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { developmentSecret, loadConfig } from '../config.ts';
import { createStaffUser, createTestContext, type TestContext } from '../test/test-app.ts';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from './authentication.ts';

let context: TestContext;
let secret: string;

beforeAll(async () => {
  // The server under test signs with the development secret of its own data folder.
  secret = developmentSecret(mkdtempSync(join(tmpdir(), 'capnum-dev-')));
  context = await createTestContext({ config: { JWT_SECRET: secret } });
});
afterAll(async () => {
  await context.close();
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token made by hand, as an attacker who knows (or guesses) a secret would. */
function forge(
  payload: Record<string, unknown>,
  options: { secret: string; algorithm?: 'HS256' | 'HS512' },
): string {
  const algorithm = options.algorithm ?? 'HS256';
  const head = `${base64url({ alg: algorithm, typ: 'JWT' })}.${base64url(payload)}`;
  const hash = algorithm === 'HS256' ? 'sha256' : 'sha512';
  const signature = createHmac(hash, options.secret).update(head).digest('base64url');
  return `${head}.${signature}`;
}

const inAMinute = () => Math.floor(Date.now() / 1000) + 60;

async function meWith(token: string) {
  return context.app.inject({
    method: 'GET',
    url: '/api/me',
    headers: { authorization: `Bearer ${token}` },
  });
}

describe('access tokens', () => {
  it('accepts a token the server signed itself', async () => {
    const staff = await createStaffUser(context, 'staff');
    expect((await meWith(staff.token)).statusCode).toBe(200);
  });

  it('refuses every token it did not sign exactly as it signs', async () => {
    const staff = await createStaffUser(context, 'staff');
    const claims = {
      sub: staff.id,
      role: 'staff',
      chamberId: staff.chamberId,
      sv: 1,
      sid: randomUUID(),
      iss: TOKEN_ISSUER,
      aud: TOKEN_AUDIENCE,
      iat: Math.floor(Date.now() / 1000),
    };
    // The hand-made token is accepted when it is exactly right: the refusals below are meaningful.
    expect((await meWith(forge({ ...claims, exp: inAMinute() }, { secret }))).statusCode).toBe(200);

    const otherFolder = developmentSecret(mkdtempSync(join(tmpdir(), 'capnum-dev-')));
    const forgeries = {
      'another data folder’s development secret': forge(
        { ...claims, exp: inAMinute() },
        { secret: otherFolder },
      ),
      'HS512 with the right secret': forge(
        { ...claims, exp: inAMinute() },
        { secret, algorithm: 'HS512' },
      ),
      'no expiry': forge(claims, { secret }),
      'another issuer': forge({ ...claims, exp: inAMinute(), iss: 'ailleurs' }, { secret }),
      'another audience': forge({ ...claims, exp: inAMinute(), aud: 'autre-api' }, { secret }),
      'no audience': forge({ ...claims, aud: undefined, exp: inAMinute() }, { secret }),
      expired: forge({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 }, { secret }),
      'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, exp: inAMinute() })}.`,
    };
    const statuses = Object.fromEntries(
      await Promise.all(
        Object.entries(forgeries).map(
          async ([name, token]) => [name, (await meWith(token)).statusCode] as const,
        ),
      ),
    );
    expect(statuses).toEqual(Object.fromEntries(Object.keys(forgeries).map((name) => [name, 401])));
  });
});

describe('signing secret', () => {
  it('is made at the first development start, kept private in the data folder, then reused', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'capnum-dev-'));
    const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
    const file = join(dataDir, 'jwt-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(config.JWT_SECRET);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(64);
    expect(loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }).JWT_SECRET).toBe(
      config.JWT_SECRET,
    );
    const elsewhere = loadConfig({
      NODE_ENV: 'development',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'capnum-dev-')),
    });
    expect(elsewhere.JWT_SECRET).not.toBe(config.JWT_SECRET);
  });

  it('is refused when missing or weak outside development and test', () => {
    for (const weak of [
      undefined,
      'court',
      'x'.repeat(48),
      'abcabcabcabcabcabcabcabcabcabcabcabc',
    ]) {
      expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: weak })).toThrow(
        /JWT_SECRET doit être défini hors développement/,
      );
    }
    const strong = 'u7Xq9LmP2vR4sT8wY1zA3bC5dE6fG0hJ';
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
  });

  it('is random per process in test mode, never a literal of the repository', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).JWT_SECRET).not.toBe(
      loadConfig({ NODE_ENV: 'test' }).JWT_SECRET,
    );
  });
});
