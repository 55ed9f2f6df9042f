import type { Executor } from '../db/database.ts';

export interface Email {
  chamberId: string | null;
  to: string;
  subject: string;
  /** Plain text: read on phones, and the part every client shows. */
  body: string;
}

/**
 * The one way to send an e-mail: queue it with the transaction of the change that
 * causes it, so it exists if and only if the change commits (transactional outbox).
 * The outbox sender delivers it through SMTP, or logs it when there is none.
 */
export async function queueEmail(executor: Executor, email: Email): Promise<void> {
  await executor
    .insertInto('outbox')
    .values({
      chamber_id: email.chamberId,
      to_email: email.to,
      subject: email.subject,
      body: email.body,
    })
    .execute();
}

/** Builds the links e-mails carry, from PUBLIC_URL. */
export type LinkTo = (path: string) => string;

export function linksFrom(publicUrl: string): LinkTo {
  return (path) => new URL(path, publicUrl).toString();
}
