import type { Executor } from '../db/database.ts';
import type { AccessClaims } from '../plugins/authentication.ts';

/** What staff and the system did that a chamber must be able to account for. */
export interface AuditEvent {
  action: string;
  /** Ids and choices, never personal data (no names, e-mails, free text about a person). */
  details: Record<string, unknown>;
}

/**
 * Writes one audit event in the transaction of the change it records: the event exists if
 * and only if the change does. The actor is the caller whose token the request carried.
 */
export async function recordAudit(
  trx: Executor,
  actor: Pick<AccessClaims, 'sub' | 'chamberId'> | { sub: null; chamberId: string | null },
  event: AuditEvent,
): Promise<void> {
  await trx
    .insertInto('audit_events')
    .values({
      chamber_id: actor.chamberId,
      actor_id: actor.sub,
      action: event.action,
      details: JSON.stringify(event.details),
    })
    .execute();
}
