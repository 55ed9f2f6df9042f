import type { Recommendations, TourStop, TourStopList } from '@capnum/contracts';
import { parisDate } from '@capnum/contracts/paris-time';
import {
  type Profile,
  recommend,
  type SessionRecommendation,
  type StopInput,
} from '@capnum/scoring';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { ownerOf } from '../../lib/owner.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { toStopSummary, toTourSession, toWorkshop } from './tour.mappers.ts';
import * as repository from './tour.repository.ts';

export interface TourDependencies {
  db: Db;
  clock: Clock;
}

export const STOP_NOT_FOUND = 'Étape de la tournée introuvable.';

export function createTourService({ db, clock }: TourDependencies) {
  /** The chamber's stops from today (Paris) on, each with its sessions. */
  async function upcomingStops(chamberId: string) {
    const stops = await repository.listStopsFrom(db, chamberId, parisDate(clock.now()));
    const sessions = await repository.listSessionsOfStops(
      db,
      chamberId,
      stops.map((stop) => stop.id),
    );
    return stops.map((stop) => ({
      stop,
      sessions: sessions.filter((session) => session.stop_id === stop.id),
    }));
  }

  return {
    async listUpcomingStops(claims: AccessClaims): Promise<TourStopList> {
      const stops = await upcomingStops(claims.chamberId);
      return {
        stops: stops.map(({ stop, sessions }) => ({
          ...toStopSummary(stop),
          sessions: sessions.map(toTourSession),
        })),
      };
    },

    /** One stop of the caller's chamber, past or upcoming (bookings link to it). */
    async getStop(claims: AccessClaims, stopId: string): Promise<TourStop> {
      const stop = await repository.findStop(db, claims.chamberId, stopId);
      if (!stop) throw new NotFoundError(STOP_NOT_FOUND, 'STOP_NOT_FOUND');
      const sessions = await repository.listSessionsOfStops(db, claims.chamberId, [stop.id]);
      return { ...toStopSummary(stop), sessions: sessions.map(toTourSession) };
    },

    /** The artisan's next stop and its sessions ranked for one of their assessments. */
    async recommendations(claims: AccessClaims, assessmentId: string): Promise<Recommendations> {
      const owner = ownerOf(claims);
      const assessment = await repository.findSubmittedProfile(db, owner, assessmentId);
      if (!assessment) {
        throw new NotFoundError('Autodiagnostic introuvable.', 'ASSESSMENT_NOT_FOUND');
      }
      const now = clock.now();
      const loaded = await upcomingStops(owner.chamberId);
      const sessionRows = new Map(
        loaded.flatMap(({ sessions }) => sessions.map((session) => [session.id, session] as const)),
      );
      const stops = loaded.map(({ stop, sessions }): StopInput & { row: typeof stop } => ({
        row: stop,
        id: stop.id,
        chamberId: owner.chamberId,
        departement: stop.departement,
        communeName: stop.commune_name,
        date: stop.date,
        address: stop.address,
        sessions: sessions.map((session) => ({
          id: session.id,
          workshopId: session.workshop_id,
          workshopTitle: session.workshop_title,
          theme: session.workshop_theme,
          level: session.workshop_level,
          startsAt: session.starts_at,
          endsAt: session.ends_at,
          capacity: session.capacity,
          confirmedCount: Number(session.confirmed_count ?? 0),
          cancelled: session.cancelled_at !== null,
        })),
      }));
      const result = recommend({
        now,
        chamberId: owner.chamberId,
        departement: assessment.departement,
        profile: assessment.profile as Profile,
        stops,
      });
      if (result.stop === null) return { stop: null, best: [], sessions: [] };
      const toRecommended = (recommendation: SessionRecommendation) => {
        const row = sessionRows.get(recommendation.sessionId);
        if (!row) throw new Error(`recommended session ${recommendation.sessionId} not loaded`);
        return {
          session: toTourSession(row),
          workshop: toWorkshop(row),
          theme: recommendation.theme,
          level: recommendation.level,
          reason: recommendation.reason,
          seatsLeft: recommendation.seatsLeft,
          waitlist: recommendation.waitlist,
        };
      };
      return {
        stop: toStopSummary(result.stop.row),
        best: result.best.map(toRecommended),
        sessions: result.sessions.map(toRecommended),
      };
    },
  };
}

export type TourService = ReturnType<typeof createTourService>;
