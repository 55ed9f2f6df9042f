import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { withPreparedStatements } from './prepared-statements.ts';

/** A pool whose one client records what it is asked to send. */
function recordingPool() {
  const sent: unknown[][] = [];
  const client = {
    query: (...args: unknown[]) => {
      sent.push(args);
      return Promise.resolve({ rows: [] });
    },
    release: () => {},
  };
  const pool = { connect: async () => client, totalCount: 1 } as unknown as pg.Pool;
  return { pool: withPreparedStatements(pool), sent };
}

describe('named prepared statements', () => {
  it('names a statement with parameters from its third use, with the same name each time', async () => {
    const { pool, sent } = recordingPool();
    const client = await pool.connect();
    const text = `select ${randomUUID().length} as n where $1::int > 0 -- ${randomUUID()}`;
    for (let call = 0; call < 5; call += 1) await client.query(text, [call + 1]);

    expect(sent.slice(0, 2)).toEqual([
      [text, [1]],
      [text, [2]],
    ]);
    const named = sent.slice(2).map((args) => args[0] as { name: string; text: string });
    expect(named.map(({ text: sentText }) => sentText)).toEqual([text, text, text]);
    expect(new Set(named.map(({ name }) => name)).size).toBe(1);
    expect(named[0]?.name).toMatch(/^capnum_\d+$/);
    expect(sent.slice(2).map((args) => (args[0] as { values: unknown[] }).values)).toEqual([
      [3],
      [4],
      [5],
    ]);
    // The pool's other members are still the pool's.
    expect(pool.totalCount).toBe(1);
  });

  it('leaves statements without parameters unnamed (migrations send several at once)', async () => {
    const { pool, sent } = recordingPool();
    const client = await pool.connect();
    const text = `create table t_${randomUUID().replaceAll('-', '')} (id int); select 1`;
    for (let call = 0; call < 4; call += 1) await client.query(text, []);
    expect(sent).toEqual(Array.from({ length: 4 }, () => [text, []]));
  });
});
