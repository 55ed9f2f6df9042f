import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'kysely';
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

/** How long a sender keeps its claim on a batch before another may take it (a crash). */
const CLAIM_MS = 5 * 60_000;

interface ClaimedEmail {
  id: string;
  to_email: string;
  subject: string;
  body: string;
  html: string | null;
  attachments: unknown;
  attempts: number;
  created_at: Date | string;
}

/** How long a failed e-mail waits before its next try: 1 min, 2, 4… up to 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

/**
 * Delivers the outbox through SMTP when SMTP_URL is set. A batch is claimed
 * (`FOR UPDATE SKIP LOCKED`, then a five-minute lease), so several instances
 * never send the same e-mail in parallel; rows are then sent and marked sent
 * one by one, outside any transaction (PGlite has a single connection that must
 * not wait on a mail server). Delivery is at least once: a crash between sending
 * and marking sends that e-mail again once the lease runs out. A refused
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
    // Claims a batch for a while: another instance's sender skips these rows.
    const claimed = await sql<ClaimedEmail>`
      update outbox set claimed_until = ${new Date(now.getTime() + CLAIM_MS)}
      where id in (
        select id from outbox
        where sent_at is null
          and (next_attempt_at is null or next_attempt_at <= ${now})
          and (claimed_until is null or claimed_until <= ${now})
        order by created_at, id
        limit 50
        for update skip locked)
      returning id, to_email, subject, body, html, attachments, attempts, created_at`.execute(db);
    const waiting = claimed.rows.sort(
      (left, right) =>
        new Date(left.created_at).getTime() - new Date(right.created_at).getTime() ||
        left.id.localeCompare(right.id),
    );
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
            claimed_until: null,
          })
          .where('id', '=', email.id)
          .where('sent_at', 'is', null)
          .execute();
        continue;
      }
      await db
        .updateTable('outbox')
        .set({ sent_at: clock.now(), next_attempt_at: null, claimed_until: null })
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
