// The yardstick: bare Fastify + pg, one insert and one select per request.
import Fastify from 'fastify';
import pg from 'pg';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.BENCH_POOL_SIZE ?? 20),
});
await pool.query(
  'create table if not exists bench_items (id bigserial primary key, owner text not null, payload jsonb not null, created_at timestamptz not null default now())',
);
const app = Fastify({ logger: false });
app.post('/bare', async (request) => {
  const { owner } = request.body as { owner: string };
  const inserted = await pool.query(
    'insert into bench_items (owner, payload) values ($1, $2) returning id',
    [owner, JSON.stringify({ overall: 50 })],
  );
  const row = await pool.query(
    'select id, owner, payload, created_at from bench_items where id = $1',
    [inserted.rows[0].id],
  );
  return row.rows[0];
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
