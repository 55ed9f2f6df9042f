import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { generateLoad } from './load-data.ts';
import { ensureReferenceData } from './reference-data.ts';
import { seedChambers } from './seed.ts';

// pnpm seed:load --artisans 100000 --assessments 1000000: volume for measuring,
// into the PostgreSQL server of DATABASE_URL (never the embedded database).
const { values } = parseArgs({
  options: {
    artisans: { type: 'string', default: '100000' },
    assessments: { type: 'string', default: '1000000' },
  },
});
const artisans = Number(values.artisans);
const assessments = Number(values.assessments);
if (
  !Number.isInteger(artisans) ||
  artisans < 1 ||
  !Number.isInteger(assessments) ||
  assessments < 1
) {
  console.error('--artisans et --assessments attendent des nombres entiers positifs.');
  process.exit(1);
}
const config = loadConfig();
if (!config.DATABASE_URL) {
  console.error('pnpm seed:load écrit dans un serveur PostgreSQL : indiquez DATABASE_URL.');
  process.exit(1);
}
if (config.NODE_ENV === 'production') {
  console.error('pnpm seed:load refuse de s’exécuter en production (NODE_ENV=production).');
  process.exit(1);
}
const { db } = createDatabase({ url: config.DATABASE_URL, poolSize: 2 });
try {
  const started = Date.now();
  await migrateToLatest(db);
  await ensureReferenceData(db);
  const { bfc } = await seedChambers(db);
  await generateLoad(db, { chamberId: bfc, artisans, assessments, now: new Date() });
  console.log(
    `${artisans} artisans et environ ${assessments} autodiagnostics générés en ${((Date.now() - started) / 1000).toFixed(1)} s (CMA Bourgogne-Franche-Comté de démonstration).`,
  );
} finally {
  await db.destroy();
}
