import type { ErrorCode } from '@capnum/contracts';
import { ConflictError, isForeignKeyViolation } from '../../lib/errors.ts';

/**
 * A registration that arrived between our check and the delete: the foreign key refuses,
 * and the answer says so (a tour, a stop or a session: `what` names it).
 */
export async function withRegistrationsGuard<T>(
  what: string,
  code: ErrorCode,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new ConflictError(
        `${what} vient de recevoir une inscription : elle ne peut pas être supprimée.`,
        code,
      );
    }
    throw error;
  }
}
