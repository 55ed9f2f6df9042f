import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { assertDemoSeedAllowed, seedDemo } from './seed.ts';

try {
  assertDemoSeedAllowed(process.env.NODE_ENV);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const config = loadConfig();
const { db, kind } = createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateToLatest(db);
  await seedDemo(db);
  console.log(`Données de démonstration en place (${kind}).`);
} finally {
  await db.destroy();
}
