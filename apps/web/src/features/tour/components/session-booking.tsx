import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { tourText } from '../../../lib/i18n/tour.ts';
import { paths } from '../../../lib/paths.ts';
import type { Booking, BookingOutcome } from '../use-session-bookings.ts';

interface SessionBookingProps {
  sessionId: string;
  /** Read after "Réserver" by screen readers, since a page holds many such buttons. */
  accessibleDetail: string;
  booking: Booking | undefined;
  /** Bookings close when the session starts, or when the chamber cancels it. */
  availability: SessionAvailability;
  full: boolean;
  onBook: (sessionId: string) => Promise<BookingOutcome>;
}

export type SessionAvailability = 'open' | 'started' | 'cancelled';

export function availabilityOf(
  session: { startsAt: string; cancelled: boolean },
  now: Date = new Date(),
): SessionAvailability {
  if (session.cancelled) return 'cancelled';
  return new Date(session.startsAt).getTime() <= now.getTime() ? 'started' : 'open';
}

export function bookingStatusText(booking: Booking): string {
  const words = tourText.booking;
  if (booking.status === 'attended') return words.attended;
  if (booking.status === 'waitlisted') return words.waitlisted(booking.waitlistPosition);
  return words.confirmed;
}

/**
 * "Réserver", then the outcome in its place. The outcome sits in a live
 * region, and focus moves to it, since the button it replaces is gone.
 */
export function SessionBooking({
  sessionId,
  accessibleDetail,
  booking,
  availability,
  full,
  onBook,
}: SessionBookingProps) {
  const words = tourText.booking;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justBooked, setJustBooked] = useState(false);
  const outcome = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (justBooked) outcome.current?.focus();
  }, [justBooked]);

  async function handleBook() {
    setBusy(true);
    setError(null);
    const result = await onBook(sessionId);
    setBusy(false);
    if (result.ok) setJustBooked(true);
    else setError(result.message);
  }

  return (
    <div className="booking">
      <div role="status" className="booking__status">
        {booking && (
          <p
            ref={outcome}
            tabIndex={-1}
            className={`booking__outcome booking__outcome--${booking.status}`}
          >
            {bookingStatusText(booking)}
          </p>
        )}
      </div>
      {booking && (
        <p className="booking__manage">
          <Link to={paths.myWorkshops}>{words.manage}</Link>
        </p>
      )}
      {!booking && availability === 'open' && (
        <Button busy={busy} busyLabel={words.booking} onClick={handleBook}>
          {full ? words.joinWaitlist : words.book}
          <span className="visually-hidden"> : {accessibleDetail}</span>
        </Button>
      )}
      {!booking && availability === 'open' && full && (
        <p className="booking__hint">{words.waitlistHint}</p>
      )}
      {!booking && availability === 'started' && <p className="booking__hint">{words.closed}</p>}
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}
