import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The production build runs as plain JavaScript: compiled, started with node alone, on the
// embedded database with the demo data, it answers like the TypeScript sources do.
const apiDir = fileURLToPath(new URL('..', import.meta.url));
let server: ChildProcess;
let baseUrl: string;
let dataDir: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: apiDir });
  dataDir = mkdtempSync(join(tmpdir(), 'capnum-compiled-'));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['dist/server.js'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the compiled server did not come up');
}, 60_000);

afterAll(() => {
  server?.kill();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('starts with node alone and signs the demo artisan in', async () => {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'artisan@demo.capnum.test', password: 'demo-capnum-2026' }),
    });
    expect(login.status).toBe(200);
    const { accessToken, user } = (await login.json()) as {
      accessToken: string;
      user: { role: string };
    };
    expect(user.role).toBe('artisan');
    const questionnaire = await fetch(`${baseUrl}/api/questionnaire`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(((await questionnaire.json()) as { version: number }).version).toBe(2);
  });
});
