import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
// Several API instances may deliver the outbox at once: a sender claims a batch for a
// while (a lease), so that no other sender takes the same e-mails; a crashed sender's
// lease runs out and its e-mails go out again (at least once, never twice in parallel).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('claimed_until', 'timestamptz').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('claimed_until').execute();
}
