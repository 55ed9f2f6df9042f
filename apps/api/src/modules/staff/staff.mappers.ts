import type { Registrant, StaffSession, StaffStop, Tour } from '@capnum/contracts';
import { toStopSummary, toTourSession } from '../tour/tour.mappers.ts';
import type { StaffStopRow, TourRow } from './itinerary/itinerary.repository.ts';
import type { RegistrantRow, StaffSessionRow } from './sessions/sessions.repository.ts';

// Rows to the API shapes staff read. The catalogue's workshops use `toWorkshop` of the tour
// module: artisans and staff see the same workshop.

export function toTour(row: TourRow): Tour {
  return {
    id: row.id,
    name: row.name,
    stopCount: Number(row.stop_count),
    firstDate: row.first_date,
    lastDate: row.last_date,
    createdAt: row.created_at.toISOString(),
  };
}

export function toStaffStop(row: StaffStopRow): StaffStop {
  return {
    ...toStopSummary(row),
    sessionCount: Number(row.session_count ?? 0),
    createdAt: row.created_at.toISOString(),
  };
}

export function toStaffSession(row: StaffSessionRow): StaffSession {
  return {
    ...toTourSession(row),
    confirmedCount: Number(row.confirmed_count ?? 0),
    waitlistedCount: Number(row.waitlisted_count),
    attendedCount: Number(row.attended_count),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  };
}

export function toRegistrant(row: RegistrantRow): Registrant {
  return {
    id: row.id,
    artisanId: row.artisan_id,
    businessName: row.business_name,
    email: row.email,
    communeName: row.commune_name,
    status: row.status,
    arrival: Number(row.arrival),
    waitlistPosition: row.waitlist_position === null ? null : Number(row.waitlist_position),
    registeredAt: row.created_at.toISOString(),
  };
}
