import type { MyRegistration } from '@capnum/contracts';
import { useCallback, useState } from 'react';
import { ApiRequestError } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/use-api-data.ts';
import { tourApi } from './api/tour-api.ts';

export interface Booking {
  status: MyRegistration['status'];
  waitlistPosition: number | null;
}

export type BookingOutcome = { ok: true; booking: Booking } | { ok: false; message: string };

/** Session id → my live booking, from `GET /api/me/registrations`. */
export function bookingsBySession(
  registrations: readonly MyRegistration[],
): ReadonlyMap<string, Booking> {
  return new Map(
    registrations.map((registration) => [
      registration.session.id,
      { status: registration.status, waitlistPosition: registration.waitlistPosition },
    ]),
  );
}

/**
 * The artisan's bookings on a page that lists sessions, and booking one more.
 * A seat taken here is taken off the seat count shown, until the next load.
 */
export function useSessionBookings(initial: ReadonlyMap<string, Booking>) {
  const [bookings, setBookings] = useState(initial);
  const [seatsTakenHere, setSeatsTakenHere] = useState<ReadonlySet<string>>(new Set());

  const book = useCallback(async (sessionId: string): Promise<BookingOutcome> => {
    let booking: Booking;
    try {
      const registration = await tourApi.register(sessionId);
      booking = { status: registration.status, waitlistPosition: registration.waitlistPosition };
      if (registration.status === 'confirmed') {
        setSeatsTakenHere((taken) => new Set(taken).add(sessionId));
      }
    } catch (failure) {
      // Booked already, from another tab or an earlier visit: show that booking.
      if (!(failure instanceof ApiRequestError) || failure.statusCode !== 409) {
        return { ok: false, message: errorMessage(failure) };
      }
      const mine = await tourApi.myRegistrations().catch(() => null);
      const found = mine?.registrations.find((candidate) => candidate.session.id === sessionId);
      booking = found
        ? { status: found.status, waitlistPosition: found.waitlistPosition }
        : { status: 'confirmed', waitlistPosition: null };
    }
    setBookings((current) => new Map(current).set(sessionId, booking));
    return { ok: true, booking };
  }, []);

  const seatsLeft = useCallback(
    (sessionId: string, seatsFromServer: number) =>
      Math.max(0, seatsFromServer - (seatsTakenHere.has(sessionId) ? 1 : 0)),
    [seatsTakenHere],
  );

  return { bookings, book, seatsLeft };
}
