import type { Executor } from '../../db/database.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import { findSessionForMessage, listLiveRegistrantEmails } from './registration.repository.ts';
import type { sessionCancelledEmail } from './registration-emails.ts';

/**
 * E-mails everyone booked on a session (confirmed or waiting) about a change to it. Call it
 * in the transaction that changed the session, with the session locked.
 */
export async function emailLiveRegistrants(
  trx: Executor,
  chamberId: string,
  sessionId: string,
  message: typeof sessionCancelledEmail,
  link: LinkTo,
): Promise<void> {
  const recipients = await listLiveRegistrantEmails(trx, chamberId, sessionId);
  if (recipients.length === 0) return;
  const session = await findSessionForMessage(trx, chamberId, sessionId);
  if (!session) throw new Error(`session ${sessionId} vanished while locked`);
  for (const recipient of recipients) {
    await queueEmail(trx, { chamberId, to: recipient.email, ...message(session, link) });
  }
}
