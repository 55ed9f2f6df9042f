import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { seedDemo } from './seed.ts';

const config = loadConfig();
const { db, kind } = createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateToLatest(db);
  await seedDemo(db);
  console.log(`Données de démonstration en place (${kind}).`);
} finally {
  await db.destroy();
}
