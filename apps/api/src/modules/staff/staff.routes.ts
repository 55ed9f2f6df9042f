import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { requireRole } from '../../plugins/authentication.ts';
import { itineraryRoutes } from './itinerary/itinerary.routes.ts';
import { siretReviewRoutes } from './members/siret-review.routes.ts';
import { staffSessionsRoutes } from './sessions/sessions.routes.ts';
import type { StaffServices } from './staff.services.ts';
import { statisticsRoutes } from './statistics/statistics.routes.ts';
import { teamRoutes } from './team/team.routes.ts';
import { workshopsRoutes } from './workshops/workshops.routes.ts';

/**
 * Everything under /api/staff: the staff member's own chamber only. Authentication and the
 * role are checked once, here; each area (workshops, itinerary, sessions, members, and the
 * statistics and team areas to come) registers its routes beneath, in a folder of its own.
 */
export const staffRoutes: FastifyPluginAsync<{
  staff: StaffServices;
  db: Db;
  clock: Clock;
}> = async (app, { staff, db, clock }) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', requireRole('staff'));
  await app.register(workshopsRoutes, { workshops: staff.workshops });
  await app.register(itineraryRoutes, { itinerary: staff.itinerary });
  await app.register(staffSessionsRoutes, { sessions: staff.sessions });
  await app.register(siretReviewRoutes, { siretReview: staff.siretReview });
  await app.register(teamRoutes, {
    team: staff.team,
    invitations: staff.invitations,
    outbox: staff.outbox,
  });
  await app.register(statisticsRoutes, {
    statistics: staff.statistics,
    programme: staff.programme,
    db,
    clock,
  });
};
