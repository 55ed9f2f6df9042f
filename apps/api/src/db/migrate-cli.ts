import { loadConfig } from '../config.ts';
import { createDatabase } from './database.ts';
import { migrateToLatest } from './migrate.ts';

const config = loadConfig();
const { db, kind } = createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  const applied = await migrateToLatest(db);
  console.log(
    applied.length
      ? `Migrations appliquées (${kind}) : ${applied.join(', ')}`
      : `Base à jour (${kind}), aucune migration à appliquer.`,
  );
} finally {
  await db.destroy();
}
