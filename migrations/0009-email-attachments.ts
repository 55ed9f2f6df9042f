import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// An e-mail may carry files (a booking's calendar file), kept with it in the outbox.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('attachments', 'jsonb').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('attachments').execute();
}
