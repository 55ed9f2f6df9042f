import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Clock } from './clock.ts';

/**
 * Without SMTP_URL, "delivering" an e-mail is writing it to the log, links included, so a
 * newcomer can follow a confirmation link; the outbox table keeps it too.
 */
export function loggingTransport(log: FastifyBaseLogger): MailTransport {
  return {
    sendMail: async (message) => {
      log.info(
        { to: message.to, subject: message.subject, text: message.text },
        'e-mail (pas de serveur SMTP configuré : journalisé seulement)',
      );
    },
  };
}

/** What the sender needs of a mail transport (nodemailer's, or the log). */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string;
    attachments?: { filename: string; content: string; contentType: string }[];
  }): Promise<unknown>;
}

export interface OutboxSender {
  /** Sends what is waiting; resolves with the number sent. */
  flush(): Promise<number>;
  stop(): void;
}

/** How long a failed e-mail waits before its next try: 1 min, 2, 4… up to 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

/**
 * Delivers the outbox through SMTP when SMTP_URL is set. Rows are read, sent,
 * then marked sent one by one, outside any transaction (PGlite has a single
 * connection that must not wait on a mail server). Delivery is at least once:
 * a crash between sending and marking sends that e-mail again. A refused
 * delivery is tried again later, each time after a longer wait.
 */
export function startOutboxSender(options: {
  db: Db;
  clock: Clock;
  transport: MailTransport;
  from: string;
  log: FastifyBaseLogger;
  intervalMs?: number;
}): OutboxSender {
  const { db, clock, transport, from, log } = options;
  let running: Promise<number> | undefined;

  async function sendWaiting(): Promise<number> {
    const now = clock.now();
    const waiting = await db
      .selectFrom('outbox')
      .select(['id', 'to_email', 'subject', 'body', 'html', 'attachments', 'attempts'])
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]))
      .orderBy('created_at')
      .orderBy('id')
      .limit(50)
      .execute();
    let sent = 0;
    for (const email of waiting) {
      try {
        await transport.sendMail({
          from,
          to: email.to_email,
          subject: email.subject,
          text: email.body,
          ...(email.html ? { html: email.html } : {}),
          ...(Array.isArray(email.attachments)
            ? {
                attachments: email.attachments as {
                  filename: string;
                  content: string;
                  contentType: string;
                }[],
              }
            : {}),
        });
      } catch (error) {
        // The server refused or is away: try again later, each time a little later.
        const attempts = email.attempts + 1;
        log.warn(
          { err: error, emailId: email.id, attempts },
          'e-mail non envoyé, nouvel essai plus tard',
        );
        await db
          .updateTable('outbox')
          .set({
            attempts,
            next_attempt_at: new Date(clock.now().getTime() + retryDelayMs(attempts)),
            last_error: String((error as Error)?.message ?? error).slice(0, 300),
          })
          .where('id', '=', email.id)
          .where('sent_at', 'is', null)
          .execute();
        continue;
      }
      await db
        .updateTable('outbox')
        .set({ sent_at: clock.now(), next_attempt_at: null })
        .where('id', '=', email.id)
        .where('sent_at', 'is', null)
        .execute();
      sent += 1;
    }
    return sent;
  }

  const flush = () => {
    running ??= sendWaiting().finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => {
    flush().catch((error) => log.error({ err: error }, 'envoi de la file d’e-mails en échec'));
  }, options.intervalMs ?? 5_000);
  timer.unref();
  return { flush, stop: () => clearInterval(timer) };
}
