import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import type { LinkTo } from '../../lib/mailer.ts';
import { createInvitations } from '../accounts/invitations.service.ts';
import type { SessionCheck } from '../auth/session-check.ts';
import { createItineraryService } from './itinerary/itinerary.service.ts';
import { createSiretReviewService } from './members/siret-review.service.ts';
import { createStaffSessionsService } from './sessions/sessions.service.ts';
import { createProgrammeService } from './statistics/programme.service.ts';
import { createStatisticsService } from './statistics/statistics.service.ts';
import { createOutboxView } from './team/outbox-view.ts';
import { createTeamService } from './team/team.service.ts';
import { createWorkshopsService } from './workshops/workshops.service.ts';

/** The services of the staff areas, each taking what it needs. */
export function createStaffServices(deps: {
  db: Db;
  clock: Clock;
  link: LinkTo;
  k: number;
  sessionCheck: Pick<SessionCheck, 'forgetUser'>;
  /** "Courriels envoyés" exists outside production only. */
  showOutbox: boolean;
}) {
  return {
    workshops: createWorkshopsService(deps),
    itinerary: createItineraryService(deps),
    sessions: createStaffSessionsService(deps),
    siretReview: createSiretReviewService(deps),
    team: createTeamService(deps),
    invitations: createInvitations(deps),
    outbox: deps.showOutbox ? createOutboxView(deps) : null,
    statistics: createStatisticsService(deps),
    programme: createProgrammeService(deps),
  };
}

export type StaffServices = ReturnType<typeof createStaffServices>;
