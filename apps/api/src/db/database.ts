import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import Cursor from 'pg-cursor';
import { withPreparedStatements } from './prepared-statements.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
/** Repositories accept either the database or a transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface DatabaseOptions {
  /** PostgreSQL connection string; absent → embedded PGlite. */
  url?: string | undefined;
  /** Folder for the embedded database, or `memory://` for a throw-away one. */
  dataDir?: string;
  poolSize?: number;
  /** A PGlite data-folder dump to start from (the tests' migrated copy). */
  loadDataDir?: Blob | undefined;
}

// Counts and sums come back as numbers, not strings (bigint and numeric fit our ranges).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));
// A `date` column stays a 'YYYY-MM-DD' string: no time zone drift.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/**
 * What every embedded database loads: the type parsers the pg driver uses too,
 * and pg_trgm, which the member search's index needs.
 */
export const pgliteOptions = {
  parsers: {
    20: (value: string) => Number.parseInt(value, 10),
    1700: (value: string) => Number.parseFloat(value),
    1082: (value: string) => value,
  },
  extensions: { pg_trgm },
};

export function createDatabase(options: DatabaseOptions): { db: Db; kind: 'postgres' | 'pglite' } {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20 });
    // An idle connection dropped by a server restart must not crash the process:
    // the pool discards it and the next query opens a new one.
    pool.on('error', (error) => {
      console.error('Connexion PostgreSQL perdue :', error.message);
    });
    return {
      // `.stream()` reads through a server-side cursor, a batch at a time.
      db: new Kysely<Database>({
        dialect: new PostgresDialect({ pool: withPreparedStatements(pool), cursor: Cursor }),
      }),
      kind: 'postgres',
    };
  }
  const dataDir = options.dataDir ?? './data';
  let location = dataDir;
  if (!dataDir.startsWith('memory://')) {
    location = resolve(dataDir, 'pglite');
    mkdirSync(location, { recursive: true });
  }
  const client = new PGlite(location, { ...pgliteOptions, loadDataDir: options.loadDataDir });
  return { db: new Kysely<Database>({ dialect: new PGliteDialect(client) }), kind: 'pglite' };
}

/**
 * A read-only statement that scans many rows (the staff's figures): run in a
 * transaction of its own with JIT compilation off (it costs more than it saves
 * on queries of a few hundred milliseconds) and room to sort and hash in memory.
 */
export function analytical<T>(db: Db, run: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`.execute(
      trx,
    );
    return run(trx);
  });
}
