import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { TestProject } from 'vitest/node';
import { pgliteOptions } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import {
  createTemplateOnServer,
  dropTemplateOnServer,
  TEMPLATE_DUMP_KEY,
  TEMPLATE_NAME_KEY,
} from './template-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    [TEMPLATE_DUMP_KEY]: string;
    [TEMPLATE_NAME_KEY]: string;
  }
}

/**
 * Migrates one database for the whole API run; every test file then starts
 * from a copy of it (a PGlite data-folder dump, or a PostgreSQL template)
 * instead of starting PostgreSQL and running every migration again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = await createTemplateOnServer(serverUrl);
    project.provide(TEMPLATE_NAME_KEY, name);
    project.provide(TEMPLATE_DUMP_KEY, '');
    return () => dropTemplateOnServer(serverUrl, name);
  }
  const client = new PGlite('memory://', pgliteOptions);
  const db = new Kysely<unknown>({ dialect: new PGliteDialect(client) });
  await migrateToLatest(db);
  const dump = await client.dumpDataDir('none');
  await db.destroy();
  const folder = mkdtempSync(join(tmpdir(), 'capnum-test-template-'));
  const path = join(folder, 'migrated.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide(TEMPLATE_DUMP_KEY, path);
  project.provide(TEMPLATE_NAME_KEY, '');
  return async () => rmSync(folder, { recursive: true, force: true });
}
