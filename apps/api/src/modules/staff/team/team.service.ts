import type { Team, TeamMember } from '@capnum/contracts';
import type { Db } from '../../../db/database.ts';
import { recordAudit } from '../../../lib/audit.ts';
import type { Clock } from '../../../lib/clock.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '../../../lib/errors.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import { endAllSessionsOf } from '../../auth/auth.repository.ts';
import type { SessionCheck } from '../../auth/session-check.ts';
import * as repository from './team.repository.ts';

/** The chamber's team: who covers which départements (an advisor with none covers them all). */
export function createTeamService({
  db,
  clock,
  sessionCheck,
}: {
  db: Db;
  clock: Clock;
  sessionCheck: Pick<SessionCheck, 'forgetUser'>;
}) {
  const notInTeam = () =>
    new NotFoundError(
      'Cette personne ne fait pas partie de l’équipe de votre chambre.',
      'NOT_A_TEAM_MEMBER',
    );

  async function team(claims: AccessClaims): Promise<Team> {
    const [rows, chamber] = await Promise.all([
      repository.listTeam(db, claims.chamberId),
      repository.chamberDepartements(db, claims.chamberId),
    ]);
    const members: TeamMember[] = [];
    for (const row of rows) {
      let member = members.at(-1);
      if (member?.id !== row.id) {
        member = {
          id: row.id,
          email: row.email,
          role: row.role,
          displayName: row.display_name,
          departements: [],
        };
        members.push(member);
      }
      if (row.departement) member.departements.push(row.departement);
    }
    return { members, chamberDepartements: chamber.departements };
  }

  return {
    team,

    async setDisplayName(claims: AccessClaims, userId: string, displayName: string): Promise<Team> {
      await db.transaction().execute(async (trx) => {
        const member = await repository.findAdvisor(trx, claims.chamberId, userId);
        if (!member) throw notInTeam();
        await trx
          .updateTable('users')
          .set({ display_name: displayName, updated_at: clock.now() })
          .where('id', '=', userId)
          .where('chamber_id', '=', claims.chamberId)
          .execute();
        await recordAudit(trx, claims, { action: 'team.renamed', details: { userId } });
      });
      return team(claims);
    },

    /**
     * Closes a team member's account: their very next request with an old token is
     * refused and their refresh tokens die (the session check reads the bumped version).
     */
    async deactivate(claims: AccessClaims, userId: string): Promise<Team> {
      if (userId === claims.sub) {
        throw new ConflictError(
          'Vous ne pouvez pas désactiver votre propre compte : demandez-le à un autre membre de l’équipe.',
          'CANNOT_DEACTIVATE_SELF',
        );
      }
      const at = clock.now();
      await db.transaction().execute(async (trx) => {
        const member = await repository.findAdvisor(trx, claims.chamberId, userId);
        if (!member) throw notInTeam();
        await trx
          .updateTable('users')
          .set({ deactivated_at: at, updated_at: at })
          .where('id', '=', userId)
          .where('chamber_id', '=', claims.chamberId)
          .where('deactivated_at', 'is', null)
          .execute();
        await endAllSessionsOf(trx, userId, at);
        await recordAudit(trx, claims, {
          action: 'team.deactivated',
          details: { userId, role: member.role },
        });
      });
      sessionCheck.forgetUser(userId);
      return team(claims);
    },

    async setScope(
      claims: AccessClaims,
      userId: string,
      departements: readonly string[],
    ): Promise<Team> {
      await db.transaction().execute(async (trx) => {
        const advisor = await repository.findAdvisor(trx, claims.chamberId, userId);
        if (advisor?.role !== 'advisor') {
          throw new NotFoundError(
            'Ce conseiller n’existe pas dans votre chambre.',
            'NOT_AN_ADVISOR',
          );
        }
        const chamber = await repository.chamberDepartements(trx, claims.chamberId);
        const outside = departements.filter((code) => !chamber.departements.includes(code));
        if (outside.length > 0) {
          throw new UnprocessableError(
            `Ces départements ne sont pas ceux de votre chambre : ${outside.join(', ')}.`,
            'DEPARTEMENT_OUTSIDE_CHAMBER',
            [
              {
                field: 'departements',
                message: 'Choisissez parmi les départements de la chambre.',
              },
            ],
          );
        }
        const unique = [...new Set(departements)].sort();
        // Every département ticked is the same as none: the advisor covers the whole chamber.
        const scope = unique.length === chamber.departements.length ? [] : unique;
        await repository.replaceScope(trx, claims.chamberId, userId, scope);
        await recordAudit(trx, claims, {
          action: 'advisor.scope-changed',
          details: { advisorId: userId, departements: scope },
        });
      });
      return team(claims);
    },
  };
}

export type TeamService = ReturnType<typeof createTeamService>;
