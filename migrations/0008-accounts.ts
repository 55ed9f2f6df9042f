import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Accounts the chamber runs itself, and the RGPD:
// - invitations: staff invite advisors and staff by e-mail (the link is a one-time token);
// - the outbox retries failed deliveries with a backoff, and carries an HTML part;
// - an erased or expired artisan leaves an anonymous row (no user, no identity) so that
//   the aggregates keep their counts;
// - users.last_seen_at and artisans.retention_warned_at drive the retention run.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('advisor', 'staff')`))
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('departements', sql`text[]`, (col) => col.notNull().defaultTo(sql`'{}'`))
    .addColumn('invited_by', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('accepted_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('invitations_chamber_idx')
    .on('invitations')
    .columns(['chamber_id', 'created_at'])
    .execute();

  await db.schema
    .alterTable('outbox')
    .addColumn('html', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();

  await db.schema
    .alterTable('users')
    .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`update users set last_seen_at = greatest(created_at, updated_at)`.execute(db);

  await sql`alter table artisans alter column user_id drop not null`.execute(db);
  await db.schema
    .alterTable('artisans')
    .addColumn('erased_at', 'timestamptz')
    .addColumn('retention_warned_at', 'timestamptz')
    .execute();

  // A submitted assessment stays immutable, except for the erasure, which may only strip
  // it (answers, profile, exact date, owner) and never touch a score.
  await sql`
    create or replace function assessments_keep_submitted() returns trigger language plpgsql as $$
    begin
      if old.status = 'submitted' then
        if coalesce(current_setting('capnum.erasing', true), '') = 'on'
          and new.status = old.status
          and new.questionnaire_version = old.questionnaire_version
          and new.scoring_version is not distinct from old.scoring_version
          and new.score_overall is not distinct from old.score_overall
          and new.score_visibility is not distinct from old.score_visibility
          and new.score_referencing is not distinct from old.score_referencing
          and new.score_content is not distinct from old.score_content
          and new.score_social is not distinct from old.score_social
          and new.level_overall is not distinct from old.level_overall then
          return new;
        end if;
        raise exception 'submitted assessment % is immutable', old.id using errcode = 'check_violation';
      end if;
      return new;
    end;
    $$`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function assessments_keep_submitted() returns trigger language plpgsql as $$
    begin
      if old.status = 'submitted' then
        raise exception 'submitted assessment % is immutable', old.id using errcode = 'check_violation';
      end if;
      return new;
    end;
    $$`.execute(db);
  await db.schema
    .alterTable('artisans')
    .dropColumn('erased_at')
    .dropColumn('retention_warned_at')
    .execute();
  await sql`delete from artisans where user_id is null`.execute(db);
  await sql`alter table artisans alter column user_id set not null`.execute(db);
  await db.schema.alterTable('users').dropColumn('last_seen_at').execute();
  await db.schema
    .alterTable('outbox')
    .dropColumn('html')
    .dropColumn('attempts')
    .dropColumn('next_attempt_at')
    .dropColumn('last_error')
    .execute();
  await db.schema.dropTable('invitations').execute();
}
