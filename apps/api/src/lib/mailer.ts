import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from '../db/database.ts';

export interface Email {
  chamberId: string | null;
  to: string;
  subject: string;
  body: string;
}

export interface QueuedEmail extends Email {
  id: string;
}

/**
 * Puts an e-mail in the outbox. Pass the transaction of the change that causes
 * it: the e-mail exists if and only if the change commits (transactional
 * outbox). Sending is a later, separate step; without SMTP the outbox is the record.
 */
export async function queueEmail(executor: Executor, email: Email): Promise<QueuedEmail> {
  const { id } = await executor
    .insertInto('outbox')
    .values({
      chamber_id: email.chamberId,
      to_email: email.to,
      subject: email.subject,
      body: email.body,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, ...email };
}

/** Logs e-mails once their transaction has committed (no SMTP server configured yet). */
export function logQueuedEmails(log: FastifyBaseLogger, emails: readonly QueuedEmail[]): void {
  for (const email of emails) {
    log.info(
      { emailId: email.id, to: email.to, subject: email.subject },
      'e-mail mis en file d’envoi',
    );
    log.debug({ emailId: email.id, body: email.body }, 'contenu de l’e-mail');
  }
}
