import type { Executor } from '../db/database.ts';
import { seededRandom } from './demo-artisans.ts';

/**
 * Some bookings on the demo tour, so seat counts, waiting lists and the staff
 * registrant lists show something real. Artisans book at stops of their own
 * département first. The demo baker books nothing: their results page shows
 * the recommendations untouched. Only demo chambers' sessions and artisans are
 * touched. Idempotent: skipped once any booking exists in them.
 */
export async function seedDemoBookings(
  db: Executor,
  options: { chamberIds: string[]; skipEmail: string },
): Promise<void> {
  const existing = await db
    .selectFrom('registrations')
    .select('id')
    .where('chamber_id', 'in', options.chamberIds)
    .limit(1)
    .executeTakeFirst();
  if (existing) return;
  const random = seededRandom(1925);
  const sessions = await db
    .selectFrom('sessions')
    .innerJoin('stops', 'stops.id', 'sessions.stop_id')
    .select([
      'sessions.id',
      'sessions.chamber_id',
      'sessions.capacity',
      'stops.departement',
      'stops.commune_name',
    ])
    .where('sessions.cancelled_at', 'is', null)
    .where('sessions.chamber_id', 'in', options.chamberIds)
    .orderBy('stops.date')
    .orderBy('sessions.starts_at')
    .execute();
  const artisans = await db
    .selectFrom('artisans')
    .innerJoin('users', 'users.id', 'artisans.user_id')
    .select(['artisans.id', 'artisans.chamber_id', 'artisans.departement'])
    .where('users.email', '!=', options.skipEmail)
    .where('artisans.chamber_id', 'in', options.chamberIds)
    .orderBy('users.email')
    .execute();
  let fullSessionDone = false;
  for (const session of sessions) {
    const local = artisans.filter(
      (artisan) =>
        artisan.chamber_id === session.chamber_id && artisan.departement === session.departement,
    );
    const pool =
      local.length >= 8 ? local : artisans.filter((a) => a.chamber_id === session.chamber_id);
    // Auxerre stays open for the demo baker; one session elsewhere is full with a waiting list.
    let wanted = Math.floor(
      session.capacity * (0.15 + random() * (session.commune_name === 'Auxerre' ? 0.5 : 0.7)),
    );
    if (!fullSessionDone && session.commune_name === 'Nevers') {
      wanted = session.capacity + 3;
      fullSessionDone = true;
    }
    const chosen = shuffled(pool, random).slice(0, wanted);
    for (const [index, artisan] of chosen.entries()) {
      await db
        .insertInto('registrations')
        .values({
          session_id: session.id,
          artisan_id: artisan.id,
          chamber_id: session.chamber_id,
          status: index < session.capacity ? 'confirmed' : 'waitlisted',
        })
        .execute();
    }
  }
}

/** Fisher–Yates with the seeded generator: the same demo everywhere. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}
