import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Advisors: the départements each one covers, consent history, notes on
// members, planned visits, and the access log the artisan reads. The member
// list reads each artisan's latest submitted assessment from columns kept up
// to date by a trigger, and searches a lower-case, accent-free text with a
// trigram index, so that it stays fast on a chamber of 100 000 artisans.

/** Accented letters and their plain form, one for one (lower() leaves accented capitals alone in the C locale). */
const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ';
const PLAIN = 'aaaaaaceeeeiiiinooooouuuuyyoaaaaaaaceeeeiiiinooooouuuuyyoa';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema.alterTable('users').addColumn('display_name', 'text').execute();

  await db.schema
    .createTable('advisor_scopes')
    .addColumn('advisor_id', 'uuid', (col) =>
      col.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('departement', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('advisor_scopes_pkey', ['advisor_id', 'departement'])
    .execute();

  await db.schema
    .createTable('consent_events')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('artisan_id', 'uuid', (col) =>
      col.notNull().references('artisans.id').onDelete('cascade'),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('granted', 'boolean', (col) => col.notNull())
    .addColumn('text_version', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('consent_events_artisan_idx')
    .on('consent_events')
    .columns(['artisan_id', 'at'])
    .execute();
  // Consents given before this history existed.
  await sql`
    insert into consent_events (artisan_id, chamber_id, granted, text_version, at)
    select id, chamber_id, true, coalesce(consent_version, '2026-01'), coalesce(consent_at, created_at)
    from artisans where share_with_advisor`.execute(db);

  await db.schema
    .createTable('member_notes')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('artisan_id', 'uuid', (col) =>
      col.notNull().references('artisans.id').onDelete('cascade'),
    )
    .addColumn('author_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('member_notes_member_idx')
    .on('member_notes')
    .columns(['chamber_id', 'artisan_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('member_visits')
    .addColumn('artisan_id', 'uuid', (col) =>
      col.primaryKey().references('artisans.id').onDelete('cascade'),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('planned_on', 'date', (col) => col.notNull())
    .addColumn('planned_by', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('access_log')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('artisan_id', 'uuid', (col) =>
      col.notNull().references('artisans.id').onDelete('cascade'),
    )
    .addColumn('viewer_id', 'uuid', (col) => col.references('users.id').onDelete('set null'))
    // Kept as they were at the time of the view, as the artisan should read them.
    .addColumn('viewer_name', 'text', (col) => col.notNull())
    .addColumn('viewer_role', 'text', (col) => col.notNull())
    .addColumn('what', 'text', (col) =>
      col.notNull().check(sql`what in ('file', 'brief', 'stop-pack')`),
    )
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('access_log_artisan_idx')
    .on('access_log')
    .columns(['artisan_id', 'at'])
    .execute();

  // The latest submitted assessment of each artisan, for the member list and the
  // aggregates. None of these columns is indexed, so that the update a submission
  // makes stays a heap-only update that touches no index (the search index is a GIN);
  // pages keep room for it.
  await sql`alter table artisans set (fillfactor = 85)`.execute(db);
  await db.schema
    .alterTable('artisans')
    .addColumn('latest_assessment_id', 'uuid')
    .addColumn('latest_assessment_at', 'timestamptz')
    .addColumn('latest_score', 'smallint')
    .addColumn('latest_level', 'smallint')
    // Its theme scores too: the staff's yearly figures read artisans alone.
    .addColumn('latest_visibility', 'smallint')
    .addColumn('latest_referencing', 'smallint')
    .addColumn('latest_content', 'smallint')
    .addColumn('latest_social', 'smallint')
    .addColumn('weakest_theme', 'text')
    // And the one before, so that the staff's impact figures read artisans alone too.
    .addColumn('previous_assessment_at', 'timestamptz')
    .addColumn('previous_visibility', 'smallint')
    .addColumn('previous_referencing', 'smallint')
    .addColumn('previous_content', 'smallint')
    .addColumn('previous_social', 'smallint')
    .execute();
  await sql`
    create function artisan_latest_assessment() returns trigger language plpgsql as $$
    declare
      latest_at timestamptz;
      previous_at timestamptz;
    begin
      if new.status <> 'submitted' then
        return null;
      end if;
      select latest_assessment_at, previous_assessment_at into latest_at, previous_at
      from artisans where id = new.artisan_id for update;
      if latest_at is null or latest_at <= new.submitted_at then
        -- The newest: the latest so far becomes the previous one (right-hand sides read the old row).
        update artisans set
          previous_assessment_at = latest_assessment_at,
          previous_visibility = latest_visibility,
          previous_referencing = latest_referencing,
          previous_content = latest_content,
          previous_social = latest_social,
          latest_assessment_id = new.id,
          latest_assessment_at = new.submitted_at,
          latest_score = new.score_overall,
          latest_level = new.level_overall,
          latest_visibility = new.score_visibility,
          latest_referencing = new.score_referencing,
          latest_content = new.score_content,
          latest_social = new.score_social,
          weakest_theme = (
            select key from (values
              (1, 'visibility', new.score_visibility),
              (2, 'referencing', new.score_referencing),
              (3, 'content', new.score_content),
              (4, 'social', new.score_social)) as themes(rank, key, score)
            order by score, rank limit 1)
        where id = new.artisan_id;
      elsif previous_at is null or previous_at < new.submitted_at then
        -- Older than the latest, newer than the previous (an import out of order).
        update artisans set
          previous_assessment_at = new.submitted_at,
          previous_visibility = new.score_visibility,
          previous_referencing = new.score_referencing,
          previous_content = new.score_content,
          previous_social = new.score_social
        where id = new.artisan_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger assessments_latest after insert or update of status on assessments
    for each row execute function artisan_latest_assessment()`.execute(db);
  await sql`
    update artisans set
      latest_assessment_id = latest.id,
      latest_assessment_at = latest.submitted_at,
      latest_score = latest.score_overall,
      latest_level = latest.level_overall,
      latest_visibility = latest.score_visibility,
      latest_referencing = latest.score_referencing,
      latest_content = latest.score_content,
      latest_social = latest.score_social,
      weakest_theme = (
        select key from (values
          (1, 'visibility', latest.score_visibility),
          (2, 'referencing', latest.score_referencing),
          (3, 'content', latest.score_content),
          (4, 'social', latest.score_social)) as themes(rank, key, score)
        order by score, rank limit 1)
    from (
      select distinct on (artisan_id) *
      from assessments where status = 'submitted'
      order by artisan_id, submitted_at desc
    ) as latest
    where latest.artisan_id = artisans.id`.execute(db);
  await sql`
    update artisans set
      previous_assessment_at = previous.submitted_at,
      previous_visibility = previous.score_visibility,
      previous_referencing = previous.score_referencing,
      previous_content = previous.score_content,
      previous_social = previous.score_social
    from (
      select * from (
        select *, row_number() over (partition by artisan_id order by submitted_at desc) as rank
        from assessments where status = 'submitted'
      ) as ranked where rank = 2
    ) as previous
    where previous.artisan_id = artisans.id`.execute(db);

  // One definition of the searchable form of a text, for the column and the queries.
  await sql
    .raw(`
    create function search_form(value text) returns text
    language sql immutable parallel safe
    as $$ select translate(lower(value), '${ACCENTED}', '${PLAIN}') $$`)
    .execute(db);
  await sql`alter table artisans add column search_text text generated always as (
      search_form(business_name || ' ' || siret || ' ' || commune_name)) stored`.execute(db);
  await sql`create index artisans_search_trgm_idx on artisans using gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index artisans_members_idx on artisans (chamber_id, departement, business_name)
    where share_with_advisor`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists artisans_members_idx`.execute(db);
  await sql`drop index if exists artisans_search_trgm_idx`.execute(db);
  await sql`drop trigger if exists assessments_latest on assessments`.execute(db);
  await sql`alter table artisans drop column search_text`.execute(db);
  await sql`drop function if exists search_form(text)`.execute(db);
  await sql`drop function if exists artisan_latest_assessment()`.execute(db);
  await db.schema
    .alterTable('artisans')
    .dropColumn('latest_assessment_id')
    .dropColumn('latest_assessment_at')
    .dropColumn('latest_score')
    .dropColumn('latest_level')
    .dropColumn('latest_visibility')
    .dropColumn('latest_referencing')
    .dropColumn('latest_content')
    .dropColumn('latest_social')
    .dropColumn('previous_assessment_at')
    .dropColumn('previous_visibility')
    .dropColumn('previous_referencing')
    .dropColumn('previous_content')
    .dropColumn('previous_social')
    .dropColumn('weakest_theme')
    .execute();
  await db.schema.dropTable('access_log').execute();
  await db.schema.dropTable('member_visits').execute();
  await db.schema.dropTable('member_notes').execute();
  await db.schema.dropTable('consent_events').execute();
  await db.schema.dropTable('advisor_scopes').execute();
  await db.schema.alterTable('users').dropColumn('display_name').execute();
}
