import type { Executor } from '../../db/database.ts';
import type { AccessLogWhat } from '../../db/schema.ts';
import type { Owner } from '../../lib/owner.ts';

/** The artisan's choice, and one line of history for it. */
export async function recordConsent(
  db: Executor,
  owner: Owner,
  consent: { granted: boolean; textVersion: string; at: Date },
): Promise<void> {
  await db
    .updateTable('artisans')
    .set({
      share_with_advisor: consent.granted,
      consent_at: consent.granted ? consent.at : null,
      consent_version: consent.granted ? consent.textVersion : null,
    })
    .where('id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .execute();
  await db
    .insertInto('consent_events')
    .values({
      artisan_id: owner.artisanId,
      chamber_id: owner.chamberId,
      granted: consent.granted,
      text_version: consent.textVersion,
      at: consent.at,
    })
    .execute();
}

export function findConsent(db: Executor, owner: Owner) {
  return db
    .selectFrom('artisans')
    .select(['share_with_advisor'])
    .where('id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .executeTakeFirst();
}

export function listConsentEvents(db: Executor, owner: Owner) {
  return db
    .selectFrom('consent_events')
    .select(['granted', 'at', 'text_version'])
    .where('artisan_id', '=', owner.artisanId)
    .where('chamber_id', '=', owner.chamberId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .execute();
}

/**
 * One line per member read, with the reader's name and role as they are now
 * (the artisan reads them later even if the account changes).
 */
export async function recordAccess(
  db: Executor,
  viewer: { userId: string; chamberId: string },
  artisanIds: readonly string[],
  what: AccessLogWhat,
  at: Date,
): Promise<void> {
  if (artisanIds.length === 0) return;
  const reader = await db
    .selectFrom('users')
    .select(['display_name', 'email', 'role'])
    .where('id', '=', viewer.userId)
    .where('chamber_id', '=', viewer.chamberId)
    .executeTakeFirstOrThrow();
  await db
    .insertInto('access_log')
    .values(
      artisanIds.map((artisanId) => ({
        chamber_id: viewer.chamberId,
        artisan_id: artisanId,
        viewer_id: viewer.userId,
        viewer_name: reader.display_name ?? reader.email,
        viewer_role: reader.role,
        what,
        at,
      })),
    )
    .execute();
}

export function listAccessLog(db: Executor, owner: Owner) {
  return db
    .selectFrom('access_log')
    .innerJoin('chambers', 'chambers.id', 'access_log.chamber_id')
    .select([
      'access_log.id',
      'access_log.at',
      'access_log.what',
      'access_log.viewer_name',
      'access_log.viewer_role',
      'chambers.name as chamber_name',
    ])
    .where('access_log.artisan_id', '=', owner.artisanId)
    .where('access_log.chamber_id', '=', owner.chamberId)
    .orderBy('access_log.at', 'desc')
    .orderBy('access_log.id')
    .limit(500)
    .execute();
}
