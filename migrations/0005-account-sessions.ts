import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// An access token names the session version it was issued under and its
// session (refresh family). Bumping the version (password change,
// deactivation, erasure) or ending the session makes the token stale. Every
// change that can make a token stale is written to account_events by
// triggers, so that each API instance forgets what it cached, even when the
// change was made in plain SQL.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('session_version', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('deactivated_at', 'timestamptz')
    .execute();
  // A rotated token presented again within the grace is answered as a race once only.
  await db.schema
    .alterTable('refresh_tokens')
    .addColumn('race_answered_at', 'timestamptz')
    .execute();
  // Access checks ask whether a token's session was ended.
  await sql`create index refresh_tokens_ended_family_idx on refresh_tokens (family_id)
    where revoked_at is not null and replaced_by is null`.execute(db);

  await db.schema
    .createTable('account_events')
    .addColumn('id', 'bigserial', (col) => col.primaryKey())
    .addColumn('user_id', 'uuid', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await sql`
    create function account_event_on_user_change() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        insert into account_events (user_id) values (old.id);
        return old;
      end if;
      if new.role is distinct from old.role
        or new.chamber_id is distinct from old.chamber_id
        or new.session_version is distinct from old.session_version
        or new.deactivated_at is distinct from old.deactivated_at then
        insert into account_events (user_id) values (new.id);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger users_account_event after update or delete on users
    for each row execute function account_event_on_user_change()`.execute(db);

  await sql`
    create function account_event_on_artisan_delete() returns trigger language plpgsql as $$
    begin
      insert into account_events (user_id) values (old.user_id);
      return old;
    end $$`.execute(db);
  await sql`create trigger artisans_account_event after delete on artisans
    for each row execute function account_event_on_artisan_delete()`.execute(db);

  // A session ends when its live token is revoked without a successor (logout, reuse, revocation).
  await sql`
    create function account_event_on_session_end() returns trigger language plpgsql as $$
    begin
      if new.revoked_at is not null and old.revoked_at is null and new.replaced_by is null then
        insert into account_events (user_id) values (new.user_id);
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger refresh_tokens_account_event after update on refresh_tokens
    for each row execute function account_event_on_session_end()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger refresh_tokens_account_event on refresh_tokens`.execute(db);
  await sql`drop function account_event_on_session_end`.execute(db);
  await sql`drop trigger artisans_account_event on artisans`.execute(db);
  await sql`drop function account_event_on_artisan_delete`.execute(db);
  await sql`drop trigger users_account_event on users`.execute(db);
  await sql`drop function account_event_on_user_change`.execute(db);
  await db.schema.dropTable('account_events').execute();
  await sql`drop index refresh_tokens_ended_family_idx`.execute(db);
  await db.schema.alterTable('refresh_tokens').dropColumn('race_answered_at').execute();
  await db.schema
    .alterTable('users')
    .dropColumn('session_version')
    .dropColumn('deactivated_at')
    .execute();
}
