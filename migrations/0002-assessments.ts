import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Published questionnaire versions: content as data, never updated.
  await db.schema
    .createTable('questionnaires')
    .addColumn('version', 'integer', (col) => col.primaryKey())
    .addColumn('content', 'jsonb', (col) => col.notNull())
    .addColumn('published_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('artisan_id', 'uuid', (col) =>
      col.notNull().references('artisans.id').onDelete('cascade'),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('draft', 'submitted')`),
    )
    .addColumn('questionnaire_version', 'integer', (col) =>
      col.notNull().references('questionnaires.version'),
    )
    .addColumn('answers', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('idempotency_key', 'text')
    .addColumn('scoring_version', 'text')
    .addColumn('profile', 'jsonb')
    // Scores as columns so aggregates are plain SQL over indexed integers.
    .addColumn('score_overall', 'smallint')
    .addColumn('score_visibility', 'smallint')
    .addColumn('score_referencing', 'smallint')
    .addColumn('score_content', 'smallint')
    .addColumn('score_social', 'smallint')
    .addColumn('level_overall', 'smallint')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('submitted_at', 'timestamptz')
    .addCheckConstraint(
      'assessments_submitted_complete',
      sql`status = 'draft' or (submitted_at is not null and profile is not null and scoring_version is not null and score_overall is not null)`,
    )
    .execute();

  // One draft per artisan; one submission per idempotency key.
  await sql`create unique index assessments_one_draft_idx on assessments (artisan_id) where status = 'draft'`.execute(
    db,
  );
  await sql`create unique index assessments_idempotency_idx on assessments (artisan_id, idempotency_key) where idempotency_key is not null`.execute(
    db,
  );
  await sql`create index assessments_history_idx on assessments (artisan_id, submitted_at desc) where status = 'submitted'`.execute(
    db,
  );
  await sql`create index assessments_chamber_submitted_idx on assessments (chamber_id, submitted_at) where status = 'submitted'`.execute(
    db,
  );

  // A submitted assessment is a record: the database itself refuses to change it.
  await sql`
    create function assessments_keep_submitted() returns trigger language plpgsql as $$
    begin
      if old.status = 'submitted' then
        raise exception 'submitted assessment % is immutable', old.id using errcode = 'check_violation';
      end if;
      return new;
    end;
    $$`.execute(db);
  await sql`
    create trigger assessments_keep_submitted before update on assessments
    for each row execute function assessments_keep_submitted()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('assessments').execute();
  await sql`drop function if exists assessments_keep_submitted()`.execute(db);
  await db.schema.dropTable('questionnaires').execute();
}
