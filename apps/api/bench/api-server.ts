// The real API on PostgreSQL, as in production but without request logs.
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';

const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
const { db } = createDatabase({
  url: config.DATABASE_URL,
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 20),
});
const app = await buildApp({ db, config });
await app.listen({ port: config.PORT, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', () => {
  app.close().then(() => process.exit(0));
});
