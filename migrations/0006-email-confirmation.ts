import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// One-time tokens (e-mail confirmation now, invitations and password resets
// later): random, stored hashed, single use, bound to an e-mail and a purpose.
// A SIRET may be claimed twice: the second claim is kept for the chamber to review
// instead of locking the real owner out.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email_confirmed_at', 'timestamptz').execute();
  // Accounts made before confirmation existed (demo, tests) count as confirmed.
  await sql`update users set email_confirmed_at = created_at`.execute(db);

  await db.schema
    .createTable('one_time_tokens')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('purpose', 'text', (col) =>
      col.notNull().check(sql`purpose in ('email-confirmation', 'invitation', 'password-reset')`),
    )
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('user_id', 'uuid', (col) => col.references('users.id').onDelete('cascade'))
    .addColumn('chamber_id', 'uuid', (col) => col.references('chambers.id'))
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('payload', 'jsonb')
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('one_time_tokens_email_purpose_idx')
    .on('one_time_tokens')
    .columns(['email', 'purpose'])
    .execute();

  await db.schema.alterTable('artisans').dropConstraint('artisans_siret_key').execute();
  await db.schema.createIndex('artisans_siret_idx').on('artisans').column('siret').execute();
  await db.schema
    .alterTable('artisans')
    .addColumn('siret_conflict_at', 'timestamptz')
    .addColumn('siret_reviewed_at', 'timestamptz')
    .addColumn('siret_reviewed_by', 'uuid', (col) =>
      col.references('users.id').onDelete('set null'),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('artisans')
    .dropColumn('siret_conflict_at')
    .dropColumn('siret_reviewed_at')
    .dropColumn('siret_reviewed_by')
    .execute();
  await db.schema.dropIndex('artisans_siret_idx').execute();
  await db.schema
    .alterTable('artisans')
    .addUniqueConstraint('artisans_siret_key', ['siret'])
    .execute();
  await db.schema.dropTable('one_time_tokens').execute();
  await db.schema.alterTable('users').dropColumn('email_confirmed_at').execute();
}
