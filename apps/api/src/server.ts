import nodemailer from 'nodemailer';
import { buildApp, defaultWebDistDir } from './app.ts';
import { loadConfig } from './config.ts';
import { createDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { systemClock } from './lib/clock.ts';
import { linksFrom } from './lib/mailer.ts';
import { loggingTransport, startOutboxSender } from './lib/outbox-sender.ts';
import { runRetention, scheduleRetention } from './modules/privacy/retention.ts';
import { prepareStartupData } from './seed/seed.ts';

const config = loadConfig();
const { db, kind } = createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
await migrateToLatest(db);
// Demo accounts only in development or when asked for (DEMO_DATA=1), never by default in production.
const { seededDemo } = await prepareStartupData(db, config);
if (seededDemo) console.log('Données de démonstration chargées.');

const app = await buildApp({
  db,
  config,
  webDistDir: defaultWebDistDir,
  logger:
    config.NODE_ENV === 'development'
      ? { level: config.LOG_LEVEL, transport: { target: 'pino-pretty' } }
      : { level: config.LOG_LEVEL },
});

// Without SMTP_URL, e-mails are written to the log (and stay in the outbox table).
const outboxSender = startOutboxSender({
  db,
  clock: systemClock,
  transport: config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : loggingTransport(app.log),
  from: `Cap Numérique <ne-pas-repondre@${new URL(config.PUBLIC_URL).hostname}>`,
  log: app.log,
});

// Inactive artisans are warned, then anonymised (RETENTION_MONTHS); safe with several servers.
const retention = scheduleRetention(
  () =>
    runRetention({
      db,
      clock: systemClock,
      link: linksFrom(config.PUBLIC_URL),
      months: config.RETENTION_MONTHS,
    }),
  (error) => app.log.error({ err: error }, 'conservation des données en échec'),
  (outcome) => app.log.info(outcome, 'conservation des données : passage terminé'),
);

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'arrêt en cours');
    outboxSender.stop();
    retention.stop();
    app
      .close()
      .then(() => db.destroy())
      .then(
        () => process.exit(0),
        (error) => {
          app.log.error({ err: error }, 'arrêt en erreur');
          process.exit(1);
        },
      );
  });
}

const address = await app.listen({ port: config.PORT, host: config.HOST });
app.log.info(
  `Cap Numérique écoute sur ${address} (base ${kind === 'pglite' ? 'embarquée' : 'PostgreSQL'}${config.DEMO_DATA ? ', données de démonstration' : ''})`,
);
