import { frenchLongDate, parisDate } from '@capnum/contracts/paris-time';
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { type LinkTo, queueEmail } from '../../lib/mailer.ts';
import { retentionWarningEmail } from '../accounts/account-emails.ts';
import { eraseArtisanAccount } from './erasure.ts';

const BATCH = 100;

/** The same instant, `months` calendar months earlier (UTC). */
export function monthsBefore(at: Date, months: number): Date {
  const earlier = new Date(at);
  earlier.setUTCMonth(earlier.getUTCMonth() - months);
  return earlier;
}

export interface RetentionOutcome {
  warned: number;
  anonymised: number;
}

/**
 * The retention rule for artisans (DESIGN.md, "Accounts and RGPD"):
 * - inactive (no sign-in nor session refresh) for `months − 1` months: an e-mail warns
 *   them, once per inactivity spell;
 * - inactive for `months` months and warned at least a month ago: the account is erased
 *   the same way as on request (anonymous rows stay for the aggregates).
 * Rows are taken with `for update skip locked`, so two servers running it at once share
 * the work and never handle the same artisan twice; a sign-in in between moves
 * last_seen_at and takes the artisan out of both queries.
 */
export async function runRetention({
  db,
  clock,
  link,
  months,
}: {
  db: Db;
  clock: Clock;
  link: LinkTo;
  months: number;
}): Promise<RetentionOutcome> {
  const now = clock.now();
  const warnBefore = monthsBefore(now, months - 1);
  const eraseBefore = monthsBefore(now, months);
  const noticeBefore = monthsBefore(now, 1);
  const erasureDay = frenchLongDate(parisDate(monthsBefore(now, -1)));
  let warned = 0;
  let anonymised = 0;

  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const rows = await sql<{ id: string; chamber_id: string; email: string }>`
        select a.id, a.chamber_id, u.email
        from artisans as a join users as u on u.id = a.user_id and u.chamber_id = a.chamber_id
        where u.last_seen_at < ${warnBefore}
          and (a.retention_warned_at is null or a.retention_warned_at < u.last_seen_at)
        order by a.id
        limit ${BATCH}
        for update of a skip locked`.execute(trx);
      for (const row of rows.rows) {
        await queueEmail(trx, {
          chamberId: row.chamber_id,
          to: row.email,
          ...retentionWarningEmail(link, months, erasureDay),
        });
        await trx
          .updateTable('artisans')
          .set({ retention_warned_at: now })
          .where('id', '=', row.id)
          .where('chamber_id', '=', row.chamber_id)
          .execute();
      }
      return rows.rows.length;
    });
    warned += count;
    if (count < BATCH) break;
  }

  for (;;) {
    const count = await db.transaction().execute(async (trx) => {
      const rows = await sql<{ id: string; chamber_id: string; user_id: string; email: string }>`
        select a.id, a.chamber_id, a.user_id, u.email
        from artisans as a join users as u on u.id = a.user_id and u.chamber_id = a.chamber_id
        where u.last_seen_at < ${eraseBefore}
          and a.retention_warned_at >= u.last_seen_at
          and a.retention_warned_at <= ${noticeBefore}
        order by a.id
        limit ${BATCH}
        for update of a skip locked`.execute(trx);
      for (const row of rows.rows) {
        await eraseArtisanAccount(
          trx,
          { userId: row.user_id, artisanId: row.id, chamberId: row.chamber_id, email: row.email },
          'retention',
          now,
          link,
        );
      }
      return rows.rows.length;
    });
    anonymised += count;
    if (count < BATCH) break;
  }
  return { warned, anonymised };
}

/** Runs the retention once a day inside the server (and once shortly after start). */
export function scheduleRetention(
  run: () => Promise<RetentionOutcome>,
  onError: (error: unknown) => void,
  onDone: (outcome: RetentionOutcome) => void,
): { stop(): void } {
  const tick = () => run().then(onDone, onError);
  const first = setTimeout(tick, 60_000);
  const daily = setInterval(tick, 24 * 60 * 60_000);
  first.unref();
  daily.unref();
  return {
    stop() {
      clearTimeout(first);
      clearInterval(daily);
    },
  };
}
