import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from './database.ts';
import { migrateToLatest, migrationsApplied } from './migrate.ts';

const folder = mkdtempSync(join(tmpdir(), 'capnum-pglite-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the embedded database', () => {
  it('keeps its data in DATA_DIR across a restart', async () => {
    const first = createDatabase({ dataDir: folder });
    expect(first.kind).toBe('pglite');
    await migrateToLatest(first.db);
    await first.db
      .insertInto('chambers')
      .values({ name: 'CMA de test', departements: ['89', '58'] })
      .execute();
    await first.db.destroy();

    const second = createDatabase({ dataDir: folder });
    expect(await migrationsApplied(second.db)).toBe(true);
    expect(await migrateToLatest(second.db)).toEqual([]);
    const chambers = await second.db
      .selectFrom('chambers')
      .select(['name', 'departements'])
      .execute();
    expect(chambers).toEqual([{ name: 'CMA de test', departements: ['89', '58'] }]);
    await second.db.destroy();
  });
});
