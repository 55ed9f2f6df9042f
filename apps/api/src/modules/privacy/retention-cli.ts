import { loadConfig } from '../../config.ts';
import { createDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { systemClock } from '../../lib/clock.ts';
import { countOf } from '../../lib/french.ts';
import { linksFrom } from '../../lib/mailer.ts';
import { runRetention } from './retention.ts';

// `pnpm retention`: the same run the server makes once a day, on demand.
const config = loadConfig();
const { db, kind } = createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrateToLatest(db);
  const outcome = await runRetention({
    db,
    clock: systemClock,
    link: linksFrom(config.PUBLIC_URL),
    months: config.RETENTION_MONTHS,
  });
  console.log(
    `Conservation (${config.RETENTION_MONTHS} mois, base ${kind === 'pglite' ? 'embarquée' : 'PostgreSQL'}) : ${countOf(outcome.warned, 'artisan prévenu', 'artisans prévenus')}, ${countOf(outcome.anonymised, 'compte anonymisé', 'comptes anonymisés')}.`,
  );
} finally {
  await db.destroy();
}
