import { frenchLongDate, frenchTime } from '@capnum/contracts/paris-time';
import { slugify } from '../../lib/slug.ts';
import { buildCalendar } from './ics.ts';
import type { SessionForMessage } from './registration.repository.ts';

export const CALENDAR_PRODUCT_ID = '-//CMA//Cap Numerique//FR';

/** E-mails and calendar files write '14 h 00', so that times line up. */
const ALWAYS_MINUTES = { minutes: 'always' } as const;

/** Where the person stands for this session, as the calendar file must say it. */
export type CalendarStanding =
  | { kind: 'booked' }
  | { kind: 'waitlisted'; position: number }
  | { kind: 'cancelled' }
  | { kind: 'none' };

/**
 * The session as a calendar event that tells the truth about the booking: a place on
 * the waiting list is TENTATIVE and says its rank, a cancelled booking or session is
 * CANCELLED. The UID is the session's, so a newer file updates the same event.
 */
export function bookingCalendar(
  session: SessionForMessage,
  standing: CalendarStanding,
  stamp: Date,
): { fileName: string; content: string } {
  const cancelled = session.cancelled_at !== null || standing.kind === 'cancelled';
  const waiting = !cancelled && standing.kind === 'waitlisted';
  const title = `Van numérique : ${session.workshop_title}`;
  const summary = cancelled
    ? `Annulé – ${title}`
    : waiting
      ? `${title} (liste d’attente, position ${standing.position})`
      : title;
  const status = cancelled
    ? session.cancelled_at !== null
      ? 'Cette séance a été annulée par la chambre.'
      : 'Votre inscription à cette séance est annulée.'
    : waiting
      ? `Vous êtes sur la liste d’attente, position ${standing.position} : pas encore de place. Un e-mail vous préviendra si une place se libère.`
      : null;
  const content = buildCalendar(
    {
      uid: `session-${session.id}@cap-numerique`,
      stamp,
      start: session.starts_at,
      end: session.ends_at,
      summary,
      location: `${session.address}, ${session.commune_name}`,
      description: [
        ...(status ? [status, ''] : []),
        session.workshop_description,
        '',
        `Atelier du van numérique, ${frenchLongDate(session.date)} de ${frenchTime(session.starts_at, ALWAYS_MINUTES)} à ${frenchTime(session.ends_at, ALWAYS_MINUTES)}.`,
        session.chamber_name,
      ].join('\n'),
      status: cancelled ? 'CANCELLED' : waiting ? 'TENTATIVE' : 'CONFIRMED',
    },
    CALENDAR_PRODUCT_ID,
  );
  return { fileName: `atelier-${session.date}-${slugify(session.commune_name)}.ics`, content };
}
