import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Db } from '../src/db/database.ts';
import { databaseUrl, serverAdmin, uniqueDatabaseName } from '../src/test/template-database.ts';

// What src/db/prepared-statements.ts sends, as PostgreSQL sees it (PGlite does not go
// through the pg driver, so this lives with the tests that need the server).
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  throw new Error(
    'Ces tests demandent un PostgreSQL : TEST_DATABASE_URL=postgres://… pnpm test:scale',
  );
}
const admin = serverAdmin(serverUrl);
const name = uniqueDatabaseName('capnum_prepared');
let db: Db;

beforeAll(async () => {
  await sql.raw(`create database "${name}"`).execute(admin);
  db = createDatabase({ url: databaseUrl(serverUrl, name), poolSize: 2 }).db;
});
afterAll(async () => {
  await db.destroy();
  await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
  await admin.destroy();
});

describe('named prepared statements on PostgreSQL', () => {
  it('prepares a repeated statement once per connection and returns the same results', async () => {
    const marker = randomUUID();
    const outcome = await db.connection().execute(async (connection) => {
      const doubled: (number | undefined)[] = [];
      for (let value = 1; value <= 6; value += 1) {
        const { rows } = await sql<{ doubled: number }>`
          select ${value}::int * 2 as doubled, ${marker}::text as marker`.execute(connection);
        doubled.push(rows[0]?.doubled);
      }
      const prepared = await sql<{ name: string }>`
        select name from pg_prepared_statements
        where statement like ${'%::text as marker%'} and not from_sql`.execute(connection);
      return { doubled, prepared: prepared.rows.map((row) => row.name) };
    });
    expect(outcome.doubled).toEqual([2, 4, 6, 8, 10, 12]);
    expect(outcome.prepared).toHaveLength(1);
    expect(outcome.prepared[0]).toMatch(/^capnum_\d+$/);
  });

  it('sends a statement without parameters as it is, several statements in one text included', async () => {
    const rows = await db.connection().execute(async (connection) => {
      for (let call = 0; call < 4; call += 1) {
        await sql
          .raw('create temporary table if not exists scratch (n int); select 1')
          .execute(connection);
      }
      return (
        await sql<{ count: number }>`
          select count(*)::int as count from pg_prepared_statements where statement like ${'%scratch%'}`.execute(
          connection,
        )
      ).rows;
    });
    expect(rows).toEqual([{ count: 0 }]);
  });

  it('answers with the new columns when a migration changed a table under a prepared statement', async () => {
    const table = `drift_${randomUUID().replaceAll('-', '')}`;
    await sql.raw(`create table ${table} (id int primary key)`).execute(db);
    await sql.raw(`insert into ${table} values (1)`).execute(db);
    const read = (connection: typeof db) =>
      connection
        .selectFrom(sql.table(table).as('drift'))
        .selectAll()
        .where(sql.ref('id'), '=', 1)
        .execute();
    const before = await db.connection().execute(async (connection) => {
      for (let call = 0; call < 4; call += 1) await read(connection);
      // Another instance's migration, on another connection.
      await sql.raw(`alter table ${table} add column label text default 'ajoutée'`).execute(db);
      return read(connection);
    });
    expect(before).toEqual([{ id: 1, label: 'ajoutée' }]);
  });
});
