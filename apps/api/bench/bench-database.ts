import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

export const BENCH_SERVER_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throw-away database on the local server for one benchmark run. */
export async function createBenchDatabase(
  name: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: BENCH_SERVER_URL, max: 1 }),
    }),
  });
  await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
  await sql.raw(`create database "${name}"`).execute(admin);
  const url = new URL(BENCH_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await sql.raw(`drop database if exists "${name}" with (force)`).execute(admin);
      await admin.destroy();
    },
  };
}
