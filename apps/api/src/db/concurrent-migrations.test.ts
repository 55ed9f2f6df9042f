import { migrations } from '@capnum/migrations';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseUrl, serverAdmin, uniqueDatabaseName } from '../test/template-database.ts';
import { createDatabase, type Db } from './database.ts';
import { migrateToLatest } from './migrate.ts';

// Two API instances booting at once on an empty database: both migrate at start, and
// Kysely's migrator takes a lock (a row of kysely_migration_lock, selected FOR UPDATE), so
// each migration runs once and both instances come up. On PostgreSQL (TEST_DATABASE_URL,
// as in CI) the two really run side by side, each with its own pool.

async function appliedOnce(db: Db): Promise<void> {
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
    db,
  );
  expect(rows.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
}

describe('migrations at start', () => {
  it('run once when two instances boot together on an empty database', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      // Embedded: one process, one connection; the two starts interleave on it.
      const { db } = createDatabase({ dataDir: 'memory://' });
      try {
        const [first, second] = await Promise.all([migrateToLatest(db), migrateToLatest(db)]);
        expect([...first, ...second].sort()).toEqual(Object.keys(migrations).sort());
        await appliedOnce(db);
      } finally {
        await db.destroy();
      }
      return;
    }
    const name = uniqueDatabaseName('capnum_boot');
    const admin = serverAdmin(serverUrl);
    await sql.raw(`create database "${name}"`).execute(admin);
    const instances = [0, 1].map(() => createDatabase({ url: databaseUrl(serverUrl, name) }).db);
    try {
      const applied = await Promise.all(instances.map((db) => migrateToLatest(db)));
      // Every migration applied by exactly one of the two.
      expect(applied.flat().sort()).toEqual(Object.keys(migrations).sort());
      await appliedOnce(instances[0] as Db);
    } finally {
      await Promise.all(instances.map((db) => db.destroy()));
      await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
      await admin.destroy();
    }
  });
});
