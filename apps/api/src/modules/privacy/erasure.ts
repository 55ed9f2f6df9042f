import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { LinkTo } from '../../lib/mailer.ts';
import { releaseRegistrationsOf } from '../registrations/waitlist.ts';

/** The erasure's start of the month, in Paris: all that stays of an assessment's date. */
const monthOf = (column: string) =>
  sql`date_trunc('month', ${sql.ref(column)} at time zone 'Europe/Paris') at time zone 'Europe/Paris'`;

export interface ErasedAccount {
  userId: string;
  artisanId: string;
  chamberId: string;
  email: string;
}

/**
 * Erases an artisan's account, in the caller's transaction (the artisan's own request or
 * the retention run):
 * - bookings still to come are cancelled and their seats handed to the waiting lists;
 * - drafts, consent history, advisor notes and visits, the access log, links and e-mails
 *   to the address are deleted, and so is the user (its sessions die with it);
 * - submitted assessments stay as anonymous rows for the aggregates: the artisan row
 *   keeps only its département, sector and employee band, each assessment only its
 *   scores, level, questionnaire version and month; no answer, no name, no SIRET,
 *   no commune, no free text remains;
 * - the audit log records that an erasure happened, with no personal data.
 */
export async function eraseArtisanAccount(
  trx: Executor,
  account: ErasedAccount,
  reason: 'request' | 'retention',
  now: Date,
  link: LinkTo,
): Promise<void> {
  const { userId, artisanId, chamberId, email } = account;
  await releaseRegistrationsOf(trx, { artisanId, chamberId }, now, link);
  await trx
    .deleteFrom('assessments')
    .where('artisan_id', '=', artisanId)
    .where('chamber_id', '=', chamberId)
    .where('status', '=', 'draft')
    .execute();
  await sql`
    update assessments set
      answers = '{}'::jsonb,
      profile = null,
      idempotency_key = null,
      submitted_at = ${monthOf('submitted_at')},
      created_at = ${monthOf('submitted_at')},
      updated_at = ${monthOf('submitted_at')}
    where artisan_id = ${artisanId} and chamber_id = ${chamberId}`.execute(trx);
  for (const table of ['consent_events', 'member_notes', 'member_visits', 'access_log'] as const) {
    await trx
      .deleteFrom(table)
      .where('artisan_id', '=', artisanId)
      .where('chamber_id', '=', chamberId)
      .execute();
  }
  await sql`
    update artisans set
      user_id = null,
      business_name = '',
      siret = '',
      trade = '',
      commune_code = '',
      commune_name = '',
      website = null,
      share_with_advisor = false,
      consent_at = null,
      consent_version = null,
      siret_conflict_at = null,
      siret_reviewed_at = null,
      siret_reviewed_by = null,
      retention_warned_at = null,
      erased_at = ${now},
      created_at = ${monthOf('created_at')},
      latest_assessment_at = ${monthOf('latest_assessment_at')},
      previous_assessment_at = ${monthOf('previous_assessment_at')}
    where id = ${artisanId} and chamber_id = ${chamberId}`.execute(trx);
  await trx.deleteFrom('one_time_tokens').where('email', '=', email).execute();
  await trx.deleteFrom('outbox').where('to_email', '=', email).execute();
  await trx
    .deleteFrom('users')
    .where('id', '=', userId)
    .where('chamber_id', '=', chamberId)
    .execute();
  await recordAudit(
    trx,
    { sub: null, chamberId },
    { action: 'account.erased', details: { reason } },
  );
}
