import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { createDatabase, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import {
  databaseUrl,
  serverAdmin,
  TEMPLATE_DUMP_KEY,
  TEMPLATE_NAME_KEY,
  uniqueDatabaseName,
} from './template-database.ts';

let templateDump: Blob | undefined;

/**
 * A fresh, migrated database for one test file: embedded PGlite in memory by
 * default, a throw-away database on the server when TEST_DATABASE_URL is set.
 * Both start from the copy the global setup migrated once.
 */
export async function createTestDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dumpPath = inject(TEMPLATE_DUMP_KEY);
    if (dumpPath) templateDump ??= new Blob([readFileSync(dumpPath)]);
    const { db } = createDatabase({ dataDir: 'memory://', loadDataDir: templateDump });
    if (!templateDump) await migrateToLatest(db);
    return { db, drop: () => db.destroy() };
  }
  const template = inject(TEMPLATE_NAME_KEY);
  const name = uniqueDatabaseName('capnum_test');
  const admin = serverAdmin(serverUrl);
  await sql
    .raw(
      template ? `create database "${name}" template "${template}"` : `create database "${name}"`,
    )
    .execute(admin);
  const { db } = createDatabase({ url: databaseUrl(serverUrl, name), poolSize: 30 });
  if (!template) await migrateToLatest(db);
  return {
    db,
    drop: async () => {
      await db.destroy();
      // pg's pool.end() does not wait for the server to close its connections;
      // DROP … WITH (FORCE) would kill them mid-goodbye and the pool would throw.
      for (let attempt = 0; attempt < 100; attempt += 1) {
        const { rows } = await sql<{ open: number }>`
          select count(*)::int as open from pg_stat_activity where datname = ${name}`.execute(
          admin,
        );
        if (rows[0]?.open === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}
