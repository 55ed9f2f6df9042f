import type pg from 'pg';

/**
 * Named prepared statements for the statements the API sends again and again.
 *
 * Kysely hands the pg driver a text and its parameters, which pg sends as an
 * unnamed statement: PostgreSQL parses, analyses and plans it on every call. For
 * the short statements of a submit (the session check, the draft, the profile)
 * that work costs several times the execution itself (see `pnpm bench:submit`
 * and docs/decisions/0009). A text seen `PREPARE_AFTER` times in this process gets
 * a name, and each connection then parses it once and keeps it; PostgreSQL still
 * plans each call with its parameters until a generic plan proves as cheap.
 *
 * Bounded: at most `MAX_NAMED` texts get a name (the one-off dynamic statements of
 * the staff's figures stay unnamed), and only statements with parameters, so the
 * multi-statement texts of migrations keep the simple protocol.
 */
const PREPARE_AFTER = 3;
const MAX_NAMED = 300;
const MAX_COUNTED = 5_000;

const seen = new Map<string, number>();
const names = new Map<string, string>();

function nameFor(text: string): string | undefined {
  const named = names.get(text);
  if (named !== undefined) return named;
  if (names.size >= MAX_NAMED) return undefined;
  const count = (seen.get(text) ?? 0) + 1;
  if (count < PREPARE_AFTER) {
    if (seen.size < MAX_COUNTED || seen.has(text)) seen.set(text, count);
    return undefined;
  }
  seen.delete(text);
  const name = `capnum_${names.size + 1}`;
  names.set(text, name);
  return name;
}

const patched = new WeakSet<pg.PoolClient>();

/** PostgreSQL's answer when a table changed under a prepared `select *`. */
const isStalePlan = (error: unknown) =>
  (error as { code?: string }).code === '0A000' &&
  /cached plan must not change result type/.test((error as Error).message);

function prepareOn(client: pg.PoolClient): pg.PoolClient {
  if (patched.has(client)) return client;
  patched.add(client);
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  // Texts whose prepared form went stale on this connection (a migration by another
  // instance added a column): sent unnamed here until the pool replaces the connection.
  const stale = new Set<string>();
  (client as { query: unknown }).query = (first: unknown, values?: unknown, ...rest: unknown[]) => {
    if (
      typeof first === 'string' &&
      Array.isArray(values) &&
      values.length > 0 &&
      rest.length === 0 &&
      !stale.has(first)
    ) {
      const name = nameFor(first);
      if (name !== undefined) {
        return query({ name, text: first, values }).catch((error: unknown) => {
          if (!isStalePlan(error)) throw error;
          stale.add(first);
          return query(first, values);
        });
      }
    }
    return query(first, values, ...rest);
  };
  return client;
}

/** The pool Kysely uses: its clients send the statements it repeats as named ones. */
export function withPreparedStatements(pool: pg.Pool): pg.Pool {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  return new Proxy(pool, {
    get(target, property, receiver) {
      if (property === 'connect') {
        return async () => prepareOn(await connect());
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
