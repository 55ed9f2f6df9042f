import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../api/src/app.ts';
import { testConfig } from '../../../api/src/config.ts';
import { createDatabase } from '../../../api/src/db/database.ts';
import { migrateToLatest } from '../../../api/src/db/migrate.ts';
import { seedDemo } from '../../../api/src/seed/seed.ts';

export const webDistDir = fileURLToPath(new URL('../../dist', import.meta.url));

export interface RunningApi {
  baseUrl: string;
  /** Moves the server's clock (a test about sessions that have started); 0 = real time. */
  setClockOffset: (milliseconds: number) => void;
  /** The server's "now". */
  now: () => Date;
  /** The address of the latest link of that kind e-mailed to someone (read from the outbox). */
  emailedLink: (email: string, path: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The real API, in this process, on a free port, over a fresh in-memory
 * database with the demo data, serving the built web client as in production.
 */
export async function startApiServer(): Promise<RunningApi> {
  if (!existsSync(`${webDistDir}/index.html`)) {
    throw new Error(
      `No web build in ${webDistDir}: run "pnpm --filter @capnum/web build" first (pnpm test does).`,
    );
  }
  const { db } = createDatabase({ dataDir: 'memory://' });
  await migrateToLatest(db);
  await seedDemo(db);
  // Every test signs in several times from the same address: lift the per-IP limit.
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  const app = await buildApp({
    db,
    clock,
    config: testConfig({ AUTH_RATE_LIMIT: 1000 }),
    webDistDir,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    setClockOffset: (milliseconds) => {
      offset = milliseconds;
    },
    now: clock.now,
    emailedLink: async (email, path) => {
      const rows = await db
        .selectFrom('outbox')
        .select('body')
        .where('to_email', '=', email)
        .orderBy('created_at', 'desc')
        .execute();
      for (const row of rows) {
        const match = new RegExp(`https?://[^\\s]*${path}\\?jeton=[A-Za-z0-9_%-]+`).exec(row.body);
        if (match) return new URL(match[0]).pathname + new URL(match[0]).search;
      }
      throw new Error(`no ${path} link e-mailed to ${email}`);
    },
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}
