import type { Role } from '@capnum/contracts';
import type { Db, Executor } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { endAllSessionsOf } from '../auth/auth.repository.ts';
import type { SessionCheck } from '../auth/session-check.ts';
import * as repository from './accounts.repository.ts';

export interface AccountStatusDependencies {
  db: Db;
  clock: Clock;
  sessionCheck: Pick<SessionCheck, 'forgetUser'>;
}

/**
 * Changes that must reach every open session of an account on its very next
 * request: the session version is bumped, refresh tokens die, the cached state is dropped.
 */
export function createAccountStatus({ db, clock, sessionCheck }: AccountStatusDependencies) {
  /** Runs a change and ends the account's sessions in one transaction, then forgets the cached state. */
  async function changeAndEndSessions(
    userId: string,
    change: (trx: Executor, at: Date) => Promise<unknown>,
  ): Promise<void> {
    const at = clock.now();
    await db.transaction().execute(async (trx) => {
      await change(trx, at);
      await endAllSessionsOf(trx, userId, at);
    });
    sessionCheck.forgetUser(userId);
  }

  return {
    changeRole: (userId: string, role: Role) =>
      changeAndEndSessions(userId, (trx, at) => repository.setRole(trx, userId, role, at)),
    deactivate: (userId: string) =>
      changeAndEndSessions(userId, (trx, at) => repository.setDeactivated(trx, userId, at)),
    endAllSessions: (userId: string) => changeAndEndSessions(userId, async () => undefined),
  };
}

export type AccountStatus = ReturnType<typeof createAccountStatus>;
