/**
 * pnpm bench:durability — DESIGN.md: every acknowledged submission survives a
 * `kill -9` of the API. Starts the real server (embedded PGlite in a fresh
 * folder, or PostgreSQL with BENCH_DATABASE_URL=…), submits continuously from
 * 20 artisans, kills the process with SIGKILL mid-flight, restarts it and
 * checks that every assessment answered 201 is there.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { questionnaireV1 } from '@capnum/scoring';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { drawAnswers, seededRandom } from '../src/seed/demo-artisans.ts';
import { seedChambers } from '../src/seed/seed.ts';
import { siretFrom } from '../src/seed/siret-generator.ts';
import { createBenchDatabase } from './bench-database.ts';

const PORT = 3903;
const BASE = `http://127.0.0.1:${PORT}`;
const ARTISANS = 20;
const useServer = process.argv.includes('--postgres');
const dataDir = mkdtempSync(join(tmpdir(), 'capnum-durability-'));
const database = useServer ? await createBenchDatabase('capnum_durability') : undefined;
{
  // A production start seeds nothing: the chambers must exist for sign-up.
  const { db } = createDatabase({ url: database?.url, dataDir });
  await migrateToLatest(db);
  await seedChambers(db);
  await db.destroy();
}
const env = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  PORT: String(PORT),
  HOST: '127.0.0.1',
  JWT_SECRET: 'durability-secret-of-at-least-thirty-two-characters',
  AUTH_RATE_LIMIT: '1000',
  DATA_DIR: dataDir,
  DATABASE_URL: database?.url ?? '',
};

async function startServer(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('../src/server.ts', import.meta.url))],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/health/ready`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

const json = (token: string | undefined, body?: unknown, extra: Record<string, string> = {}) => ({
  headers: {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...extra,
  },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

/** Stops a server and waits for it, so that its files and connections are gone before clean-up. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

let server: ChildProcess | undefined;
try {
  server = await startServer();
  const answers = drawAnswers(seededRandom(3), questionnaireV1, 0.5);
  const tokens: string[] = [];
  for (let index = 0; index < ARTISANS; index += 1) {
    const response = await fetch(`${BASE}/api/auth/signup`, {
      method: 'POST',
      ...json(undefined, {
        email: `durabilite-${index}@exemple.fr`,
        password: 'mot-de-passe-durabilite',
        businessName: `Atelier ${index}`,
        siret: siretFrom(`4${String(index).padStart(8, '0')}0001`),
        trade: 'Ébéniste',
        sector: 'fabrication',
        communeCode: '58194',
        employeeBand: '0',
      }),
    });
    const { accessToken } = (await response.json()) as { accessToken: string };
    tokens.push(accessToken);
    await fetch(`${BASE}/api/assessments/draft`, {
      method: 'PATCH',
      ...json(accessToken, { answers }),
    });
  }

  const acknowledged: { token: string; id: string }[] = [];
  let running = true;
  const clients = tokens.map(async (token) => {
    while (running) {
      try {
        await fetch(`${BASE}/api/assessments/draft`, json(token));
        const response = await fetch(`${BASE}/api/assessments/draft/submit`, {
          method: 'POST',
          ...json(token, undefined, { 'idempotency-key': randomUUID() }),
        });
        if (response.status === 201)
          acknowledged.push({ token, id: ((await response.json()) as { id: string }).id });
      } catch {
        return; // the server is gone
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const killed = server;
  const exited = new Promise((resolve) => killed.once('exit', resolve));
  killed.kill('SIGKILL');
  running = false;
  await Promise.all(clients);
  await exited;

  server = await startServer();
  let missing = 0;
  for (const { token, id } of acknowledged) {
    const response = await fetch(`${BASE}/api/assessments/${id}`, json(token));
    if (response.status !== 200) missing += 1;
  }
  console.log(`Base : ${useServer ? 'PostgreSQL' : 'PGlite embarquée'}`);
  console.log(`Envois acquittés (201) avant kill -9 : ${acknowledged.length}`);
  console.log(
    `Retrouvés après redémarrage : ${acknowledged.length - missing}, perdus : ${missing}`,
  );
  console.log(missing === 0 && acknowledged.length > 0 ? 'OK' : 'ÉCHEC');
  process.exitCode = missing === 0 && acknowledged.length > 0 ? 0 : 1;
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
  await database?.drop();
}
