import type { TourSession, TourStopSummary, Workshop } from '@capnum/contracts';
import type { WorkshopTable } from '../../db/schema.ts';

/** Row → API shapes shared by the tour, bookings and staff modules. */

export interface WorkshopColumns {
  workshop_id: string;
  workshop_key: string;
  workshop_theme: WorkshopTable['theme'];
  workshop_level: WorkshopTable['level'];
  workshop_title: string;
  workshop_description: string;
  workshop_duration_minutes: number;
}

export interface SessionColumns extends WorkshopColumns {
  id: string;
  stop_id: string;
  starts_at: Date;
  ends_at: Date;
  capacity: number;
  cancelled_at: Date | null;
  confirmed_count: number | null;
}

export interface StopColumns {
  id: string;
  tour_id: string;
  commune_code: string;
  commune_name: string;
  departement: string;
  date: string;
  address: string;
}

export function toWorkshop(row: WorkshopColumns): Workshop {
  return {
    id: row.workshop_id,
    key: row.workshop_key,
    theme: row.workshop_theme,
    level: row.workshop_level,
    title: row.workshop_title,
    description: row.workshop_description,
    durationMinutes: row.workshop_duration_minutes,
  };
}

export function seatsLeftOf(
  row: Pick<SessionColumns, 'capacity' | 'confirmed_count' | 'cancelled_at'>,
) {
  if (row.cancelled_at !== null) return 0;
  return Math.max(0, row.capacity - Number(row.confirmed_count ?? 0));
}

export function toTourSession(row: SessionColumns): TourSession {
  return {
    id: row.id,
    stopId: row.stop_id,
    workshop: toWorkshop(row),
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    capacity: row.capacity,
    seatsLeft: seatsLeftOf(row),
    cancelled: row.cancelled_at !== null,
  };
}

export function toStopSummary(row: StopColumns): TourStopSummary {
  return {
    id: row.id,
    tourId: row.tour_id,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    departement: row.departement,
    date: row.date,
    address: row.address,
  };
}
