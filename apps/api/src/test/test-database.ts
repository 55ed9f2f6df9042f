import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createDatabase, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file: embedded PGlite in memory by
 * default, a throw-away database on the server when TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const { db } = createDatabase({ dataDir: 'memory://' });
    await migrateToLatest(db);
    return { db, drop: () => db.destroy() };
  }
  const name = `capnum_test_${randomBytes(6).toString('hex')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  await sql.raw(`create database "${name}"`).execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { db } = createDatabase({ url: url.toString(), poolSize: 30 });
  await migrateToLatest(db);
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
