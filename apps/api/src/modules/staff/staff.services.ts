import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import type { LinkTo } from '../../lib/mailer.ts';
import { createItineraryService } from './itinerary/itinerary.service.ts';
import { createSiretReviewService } from './members/siret-review.service.ts';
import { createStaffSessionsService } from './sessions/sessions.service.ts';
import { createProgrammeService } from './statistics/programme.service.ts';
import { createStatisticsService } from './statistics/statistics.service.ts';
import { createTeamService } from './team/team.service.ts';
import { createWorkshopsService } from './workshops/workshops.service.ts';

/** The services of the staff areas, each taking what it needs. */
export function createStaffServices(deps: { db: Db; clock: Clock; link: LinkTo; k: number }) {
  return {
    workshops: createWorkshopsService(deps),
    itinerary: createItineraryService(deps),
    sessions: createStaffSessionsService(deps),
    siretReview: createSiretReviewService(deps),
    team: createTeamService(deps),
    statistics: createStatisticsService(deps),
    programme: createProgrammeService(deps),
  };
}

export type StaffServices = ReturnType<typeof createStaffServices>;
