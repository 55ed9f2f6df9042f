import type { Impact, ImpactQuery, VanActivity } from '@capnum/contracts';
import { addDays, parisInstant } from '@capnum/contracts/paris-time';
import { themeKeys } from '@capnum/scoring/labels';
import { analytical, type Db } from '../../../db/database.ts';
import type { Clock } from '../../../lib/clock.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import * as repository from './programme.repository.ts';
import { periodOf } from './statistics.service.ts';

/**
 * What the van changes. Impact compares two groups per theme, with no total
 * published, so hiding every group of fewer than k artisans is enough; the
 * share of attendees who assessed again is hidden below k attendees.
 */
export function createProgrammeService({ db, clock, k }: { db: Db; clock: Clock; k: number }) {
  return {
    async impact(claims: AccessClaims, query: ImpactQuery): Promise<Impact> {
      const { from, to } = periodOf(query, clock.now());
      const cells = await analytical(db, (trx) =>
        repository.impactCells(trx, claims.chamberId, {
          start: parisInstant(from, '00:00'),
          end: parisInstant(addDays(to, 1), '00:00'),
        }),
      );
      const group = (theme: string, attended: boolean) => {
        const cell = cells.find((row) => row.theme === theme && row.attended === attended);
        if (!cell || cell.n < k) return { n: null, meanChange: null };
        return { n: cell.n, meanChange: cell.mean_change };
      };
      return {
        k,
        themes: themeKeys.map((theme) => ({
          theme,
          attended: group(theme, true),
          others: group(theme, false),
        })),
      };
    },

    async activity(claims: AccessClaims, query: ImpactQuery): Promise<VanActivity> {
      const period = periodOf(query, clock.now());
      const sessions = await repository.sessionActivity(db, claims.chamberId, period);
      const stopIds = [...new Set(sessions.map((row) => row.stop_id))];
      const followUp = await repository.stopFollowUp(db, claims.chamberId, stopIds);
      const now = clock.now();
      const stops: VanActivity['stops'] = [];
      for (const row of sessions) {
        let stop = stops.at(-1);
        if (stop?.id !== row.stop_id) {
          const people = followUp.find((entry) => entry.stop_id === row.stop_id);
          const attendees = people?.attendees ?? 0;
          stop = {
            id: row.stop_id,
            communeName: row.commune_name,
            date: row.date,
            attendees,
            reassessedShare:
              attendees >= k && people
                ? Math.round((people.reassessed / attendees) * 1000) / 10
                : null,
            sessions: [],
          };
          stops.push(stop);
        }
        const registered = Number(row.registered);
        const attended = Number(row.attended);
        const over = row.ends_at.getTime() <= now.getTime();
        stop.sessions.push({
          id: row.id,
          workshopTitle: row.title,
          startsAt: row.starts_at.toISOString(),
          capacity: row.capacity,
          registered,
          waitlisted: Number(row.waitlisted),
          attended,
          noShows: over ? registered - attended : null,
          attendanceRate:
            over && registered > 0 ? Math.round((attended / registered) * 1000) / 10 : null,
        });
      }
      return { k, stops };
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
