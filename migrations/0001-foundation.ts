import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chambers')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (col) => col.notNull().unique())
    .addColumn('departements', sql`text[]`, (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) =>
      col.notNull().check(sql`role in ('artisan', 'advisor', 'staff')`),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('users_chamber_role_idx')
    .on('users')
    .columns(['chamber_id', 'role'])
    .execute();

  await db.schema
    .createTable('artisans')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (col) =>
      col.notNull().unique().references('users.id').onDelete('cascade'),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('business_name', 'text', (col) => col.notNull())
    .addColumn('siret', 'char(14)', (col) => col.notNull().unique())
    .addColumn('trade', 'text', (col) => col.notNull())
    .addColumn('sector', 'text', (col) =>
      col.notNull().check(sql`sector in ('alimentation', 'batiment', 'fabrication', 'services')`),
    )
    .addColumn('commune_code', 'text', (col) => col.notNull())
    .addColumn('commune_name', 'text', (col) => col.notNull())
    .addColumn('departement', 'text', (col) => col.notNull())
    .addColumn('employee_band', 'text', (col) =>
      col.notNull().check(sql`employee_band in ('0', '1-2', '3-9', '10+')`),
    )
    .addColumn('website', 'text')
    .addColumn('share_with_advisor', 'boolean', (col) => col.notNull().defaultTo(false))
    .addColumn('consent_at', 'timestamptz')
    .addColumn('consent_version', 'text')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('artisans_chamber_departement_idx')
    .on('artisans')
    .columns(['chamber_id', 'departement'])
    .execute();

  await db.schema
    .createTable('refresh_tokens')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('family_id', 'uuid', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('replaced_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('refresh_tokens_family_idx')
    .on('refresh_tokens')
    .column('family_id')
    .execute();
  await db.schema
    .createIndex('refresh_tokens_user_idx')
    .on('refresh_tokens')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.references('chambers.id'))
    .addColumn('to_email', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.references('chambers.id'))
    .addColumn('actor_id', 'uuid')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('details', 'jsonb', (col) => col.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'outbox',
    'refresh_tokens',
    'artisans',
    'users',
    'chambers',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
