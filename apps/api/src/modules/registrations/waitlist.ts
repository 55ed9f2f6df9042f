import type { Executor } from '../../db/database.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import type { Owner } from '../../lib/owner.ts';
import { bookingCalendar } from './booking-calendar.ts';
import * as repository from './registration.repository.ts';
import { promotedEmail } from './registration-emails.ts';

/**
 * Gives the free seats of a session to its waiting list, in arrival order, and
 * queues an e-mail to each person promoted. Call it inside the transaction
 * that holds the session lock (`lockSession`) and freed the seats.
 */
export async function fillFreeSeats(
  trx: Executor,
  session: { id: string; chamber_id: string; capacity: number; cancelled_at: Date | null },
  now: Date,
  link: LinkTo,
): Promise<void> {
  if (session.cancelled_at !== null) return;
  const taken = await repository.countSeatsTaken(trx, session.chamber_id, session.id);
  const free = session.capacity - taken;
  if (free <= 0) return;
  const promoted = await repository.promoteWaitlisted(
    trx,
    session.chamber_id,
    session.id,
    free,
    now,
  );
  if (promoted.length === 0) return;
  const message = await repository.findSessionForMessage(trx, session.chamber_id, session.id);
  if (!message) throw new Error(`session ${session.id} vanished while locked`);
  const recipients = await repository.findArtisanEmails(
    trx,
    session.chamber_id,
    promoted.map((registration) => registration.artisan_id),
  );
  // In arrival order, so the outbox reads like the waiting list.
  for (const registration of [...promoted].sort((a, b) => a.arrival - b.arrival)) {
    const recipient = recipients.find((artisan) => artisan.id === registration.artisan_id);
    if (!recipient) continue;
    const calendar = bookingCalendar(message, { kind: 'booked' }, now);
    await queueEmail(trx, {
      chamberId: session.chamber_id,
      to: recipient.email,
      ...promotedEmail(message, link),
      attachments: [
        { filename: calendar.fileName, content: calendar.content, contentType: 'text/calendar' },
      ],
    });
  }
}

/**
 * Cancels an artisan's bookings of sessions still to come and hands their seats
 * to the waiting lists. For account erasure: call it in the erasure's
 * transaction before deleting the artisan (the registrations would otherwise
 * vanish by cascade and leave their seats unused).
 */
export async function releaseRegistrationsOf(
  trx: Executor,
  booker: Owner,
  now: Date,
  link: LinkTo,
): Promise<void> {
  // Sessions in id order: two erasures never lock the same sessions in opposite orders.
  for (const { id } of await repository.listUpcomingLiveSessionIds(trx, booker, now)) {
    const session = await repository.lockSession(trx, booker.chamberId, id);
    const registration = session && (await repository.findLiveRegistration(trx, booker, id));
    if (!session || !registration) continue;
    await repository.cancelRegistration(trx, booker, registration.id, now);
    if (registration.status === 'confirmed') await fillFreeSeats(trx, session, now, link);
  }
}
