import { type Kysely, sql } from 'kysely';

// Frozen in time: never import application code here.
// The peer benchmark reads each artisan's latest submitted assessment from the
// artisan row (kept by the trigger of 0007) within one comparison group: sector,
// chamber, département and employee band. This index holds only those columns,
// which a submission never changes, so the update the trigger makes on every
// submission stays a heap-only update (see 0007) and the submit costs nothing more.
// Its column order serves every group: sector + chamber + département + band,
// sector + chamber + département, sector + chamber, sector alone.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index artisans_peer_group_idx
    on artisans (sector, chamber_id, departement, employee_band)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists artisans_peer_group_idx`.execute(db);
}
