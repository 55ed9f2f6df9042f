import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database.ts';
import { keysetBatches, keysetRows } from './batches.ts';
import type { Db } from './database.ts';

let db: Db;
let drop: () => Promise<void>;
const ROWS = 2_345;

beforeAll(async () => {
  ({ db, drop } = await createTestDatabase());
  await sql`
    insert into audit_events (chamber_id, actor_id, action, details)
    select null, null, 'test.batch', jsonb_build_object('rank', rank)
    from generate_series(1, ${ROWS}) as rank`.execute(db);
});

afterAll(() => drop());

/** Audit events after `after` in id order, as an export would page them. */
function eventsPage(sizes: number[]) {
  return async (after: string | undefined, size: number) => {
    let query = db
      .selectFrom('audit_events')
      .select(['id', 'details'])
      .where('action', '=', 'test.batch')
      .orderBy('id')
      .limit(size);
    if (after !== undefined) query = query.where('id', '>', after);
    const rows = await query.execute();
    sizes.push(rows.length);
    return rows;
  };
}

describe('reading a large result a batch at a time', () => {
  it('yields every row once, in key order, never more than a batch in memory', async () => {
    const sizes: number[] = [];
    const ids: string[] = [];
    for await (const batch of keysetBatches(eventsPage(sizes), (row) => row.id, 1000)) {
      ids.push(...batch.map((row) => row.id));
    }
    expect(sizes).toEqual([1000, 1000, 345]);
    expect(ids).toHaveLength(ROWS);
    expect(new Set(ids).size).toBe(ROWS);
    expect(ids).toEqual([...ids].sort());
  });

  it('stops after an exact last batch with one empty query', async () => {
    const sizes: number[] = [];
    let count = 0;
    for await (const _row of keysetRows(eventsPage(sizes), (row) => row.id, 469)) count += 1;
    expect(count).toBe(ROWS);
    expect(sizes).toEqual([469, 469, 469, 469, 469, 0]);
  });

  it('refuses a batch size that is not a positive integer', async () => {
    await expect(keysetBatches(eventsPage([]), (row) => row.id, 0).next()).rejects.toThrow(
      RangeError,
    );
  });

  it('streams a query on either database (a cursor on PostgreSQL)', async () => {
    let count = 0;
    for await (const _row of db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'test.batch')
      .stream(500)) {
      count += 1;
    }
    expect(count).toBe(ROWS);
  });
});
