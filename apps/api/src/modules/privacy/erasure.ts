import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { recordAudit } from '../../lib/audit.ts';
import type { LinkTo } from '../../lib/mailer.ts';
import { lockBooker } from '../registrations/registration.repository.ts';
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
 * - submitted assessments (and past attendance) move to a new anonymous artisan row,
 *   with a new id, that keeps only the département, sector and employee band; each
 *   assessment keeps only its scores, level, questionnaire version and month; no answer,
 *   no name, no SIRET, no commune, no free text, no id the person knew remains;
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
  // The same lock order as a booking (the artisan, then sessions).
  await lockBooker(trx, { artisanId, chamberId });
  await releaseRegistrationsOf(trx, { artisanId, chamberId }, now, link);
  await trx
    .deleteFrom('assessments')
    .where('artisan_id', '=', artisanId)
    .where('chamber_id', '=', chamberId)
    .where('status', '=', 'draft')
    .execute();
  // The one change a submitted assessment accepts (see migration 0008), this transaction only.
  await sql`select set_config('capnum.erasing', 'on', true)`.execute(trx);
  await sql`
    update assessments set
      answers = '{}'::jsonb,
      profile = '{}'::jsonb,
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
  // The anonymous row gets a new id: not even the artisan's own export can point at it.
  const anonymous = await sql<{ id: string }>`
    insert into artisans (
      user_id, chamber_id, business_name, siret, trade, sector, commune_code, commune_name,
      departement, employee_band, website, share_with_advisor, created_at, erased_at,
      latest_assessment_id, latest_assessment_at, latest_score, latest_level,
      latest_visibility, latest_referencing, latest_content, latest_social,
      previous_assessment_at, previous_visibility, previous_referencing, previous_content,
      previous_social, weakest_theme)
    select
      null, chamber_id, '', '', '', sector, '', '',
      departement, employee_band, null, false, ${monthOf('created_at')}, ${now},
      latest_assessment_id, ${monthOf('latest_assessment_at')}, latest_score, latest_level,
      latest_visibility, latest_referencing, latest_content, latest_social,
      ${monthOf('previous_assessment_at')}, previous_visibility, previous_referencing,
      previous_content, previous_social, weakest_theme
    from artisans where id = ${artisanId} and chamber_id = ${chamberId}
    returning id`.execute(trx);
  const anonymousId = anonymous.rows[0]?.id;
  if (!anonymousId) throw new Error('erasure: the artisan row vanished');
  for (const table of ['assessments', 'registrations'] as const) {
    await trx
      .updateTable(table)
      .set({ artisan_id: anonymousId })
      .where('artisan_id', '=', artisanId)
      .where('chamber_id', '=', chamberId)
      .execute();
  }
  await sql`select set_config('capnum.erasing', 'off', true)`.execute(trx);
  await trx
    .deleteFrom('artisans')
    .where('id', '=', artisanId)
    .where('chamber_id', '=', chamberId)
    .execute();
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
