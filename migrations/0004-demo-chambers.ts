import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Demo chambers are marked, so that a demo seed on a real database never
// reuses (and attaches demo accounts to) a real chamber of the same name.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('chambers')
    .addColumn('is_demo', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('chambers').dropConstraint('chambers_name_key').execute();
  await sql`create unique index chambers_real_name_unique on chambers (name) where not is_demo`.execute(
    db,
  );
  await sql`create unique index chambers_demo_name_unique on chambers (name) where is_demo`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index chambers_demo_name_unique`.execute(db);
  await sql`drop index chambers_real_name_unique`.execute(db);
  await db.schema
    .alterTable('chambers')
    .addUniqueConstraint('chambers_name_key', ['name'])
    .execute();
  await db.schema.alterTable('chambers').dropColumn('is_demo').execute();
}
