import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// Every child row repeats its chamber and points at its parent through
// (id, chamber_id), so the database itself refuses a session whose workshop or
// stop belongs to another chamber.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('workshops')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('theme', 'text', (col) =>
      col.notNull().check(sql`theme in ('visibility', 'referencing', 'content', 'social')`),
    )
    .addColumn('level', 'text', (col) =>
      col.notNull().check(sql`level in ('decouverte', 'approfondissement', 'expert')`),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) =>
      col.notNull().check(sql`duration_minutes > 0`),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('workshops_chamber_key_unique', ['chamber_id', 'key'])
    .addUniqueConstraint('workshops_id_chamber_unique', ['id', 'chamber_id'])
    .execute();

  await db.schema
    .createTable('tours')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('tours_chamber_name_unique', ['chamber_id', 'name'])
    .addUniqueConstraint('tours_id_chamber_unique', ['id', 'chamber_id'])
    .execute();

  await db.schema
    .createTable('stops')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('tour_id', 'uuid', (col) => col.notNull())
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('commune_code', 'text', (col) => col.notNull())
    .addColumn('commune_name', 'text', (col) => col.notNull())
    .addColumn('departement', 'text', (col) => col.notNull())
    // The van's calendar day in Europe/Paris.
    .addColumn('date', 'date', (col) => col.notNull())
    .addColumn('address', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint(
      'stops_tour_fk',
      ['tour_id', 'chamber_id'],
      'tours',
      ['id', 'chamber_id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .addUniqueConstraint('stops_id_chamber_unique', ['id', 'chamber_id'])
    .execute();
  await db.schema
    .createIndex('stops_chamber_date_idx')
    .on('stops')
    .columns(['chamber_id', 'date'])
    .execute();
  await db.schema.createIndex('stops_tour_idx').on('stops').column('tour_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('stop_id', 'uuid', (col) => col.notNull())
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('workshop_id', 'uuid', (col) => col.notNull())
    .addColumn('starts_at', 'timestamptz', (col) => col.notNull())
    .addColumn('ends_at', 'timestamptz', (col) => col.notNull())
    .addColumn('capacity', 'integer', (col) => col.notNull().check(sql`capacity > 0`))
    .addColumn('cancelled_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('sessions_ends_after_start', sql`ends_at > starts_at`)
    // Deleting a stop takes its sessions along (the service refuses it when anyone registered).
    .addForeignKeyConstraint(
      'sessions_stop_fk',
      ['stop_id', 'chamber_id'],
      'stops',
      ['id', 'chamber_id'],
      (constraint) => constraint.onDelete('cascade'),
    )
    .addForeignKeyConstraint('sessions_workshop_fk', ['workshop_id', 'chamber_id'], 'workshops', [
      'id',
      'chamber_id',
    ])
    .addUniqueConstraint('sessions_id_chamber_unique', ['id', 'chamber_id'])
    .execute();
  await db.schema
    .createIndex('sessions_stop_starts_idx')
    .on('sessions')
    .columns(['stop_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('sessions_workshop_idx')
    .on('sessions')
    .column('workshop_id')
    .execute();

  await db.schema
    .createTable('registrations')
    .addColumn('id', 'uuid', (col) => col.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('session_id', 'uuid', (col) => col.notNull())
    .addColumn('artisan_id', 'uuid', (col) =>
      col.notNull().references('artisans.id').onDelete('cascade'),
    )
    .addColumn('chamber_id', 'uuid', (col) => col.notNull().references('chambers.id'))
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('confirmed', 'waitlisted', 'cancelled', 'attended')`),
    )
    // Arrival order: the waiting list is served by it.
    .addColumn('arrival', 'bigint', (col) => col.notNull().generatedAlwaysAsIdentity())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn('cancelled_at', 'timestamptz')
    // No cascade: a session that anyone registered for is cancelled, never deleted.
    .addForeignKeyConstraint('registrations_session_fk', ['session_id', 'chamber_id'], 'sessions', [
      'id',
      'chamber_id',
    ])
    .addCheckConstraint(
      'registrations_cancelled_at',
      sql`(status = 'cancelled') = (cancelled_at is not null)`,
    )
    .execute();
  // One live registration per artisan and session: a double click is a conflict.
  await sql`create unique index registrations_one_active_idx on registrations (session_id, artisan_id) where status <> 'cancelled'`.execute(
    db,
  );
  await db.schema
    .createIndex('registrations_session_status_arrival_idx')
    .on('registrations')
    .columns(['session_id', 'status', 'arrival'])
    .execute();
  await db.schema
    .createIndex('registrations_artisan_status_idx')
    .on('registrations')
    .columns(['artisan_id', 'status'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['registrations', 'sessions', 'stops', 'tours', 'workshops']) {
    await db.schema.dropTable(table).execute();
  }
}
