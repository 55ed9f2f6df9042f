// Test fixtures for the tour, bookings and staff tests: rows inserted directly,
// so that each test sets up exactly the stops and people it talks about.

import { parisInstant } from '@capnum/contracts/paris-time';
import { levelFor, type Profile } from '@capnum/scoring';
import { hashPassword } from '../../lib/passwords.ts';
import { ensureWorkshopCatalogue } from '../../seed/demo-tour.ts';
import { siretFrom } from '../../seed/siret-generator.ts';
import { signTokenFor, type TestContext, type TestUser } from '../../test/test-app.ts';
import { findCommune } from '../communes/commune-directory.ts';

type ChamberName = 'bfc' | 'grandEst';

/** The 12 catalogue workshops in both chambers; returns key → id per chamber. */
export async function seedCatalogues(context: TestContext) {
  const byChamber = {} as Record<ChamberName, Record<string, string>>;
  for (const chamber of ['bfc', 'grandEst'] as const) {
    await ensureWorkshopCatalogue(context.db, context.chambers[chamber]);
    const rows = await context.db
      .selectFrom('workshops')
      .select(['id', 'key'])
      .where('chamber_id', '=', context.chambers[chamber])
      .execute();
    byChamber[chamber] = Object.fromEntries(rows.map((row) => [row.key, row.id]));
  }
  return byChamber;
}

export interface SessionSpec {
  /** Catalogue key, e.g. 'visibility-decouverte'. */
  workshop: string;
  /** Paris wall-clock start and end on the stop's date, 'HH:MM'. */
  start: string;
  end: string;
  capacity?: number;
  cancelled?: boolean;
}

let tourSequence = 0;

/** A tour with one stop and its sessions, inserted directly. */
export async function insertStop(
  context: TestContext,
  spec: {
    chamber?: ChamberName;
    communeCode: string;
    date: string;
    address?: string;
    sessions?: SessionSpec[];
  },
) {
  const chamberId = context.chambers[spec.chamber ?? 'bfc'];
  const commune = findCommune(spec.communeCode);
  if (!commune) throw new Error(`unknown commune ${spec.communeCode}`);
  tourSequence += 1;
  const tour = await context.db
    .insertInto('tours')
    .values({ chamber_id: chamberId, name: `Tournée de test ${tourSequence}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const stop = await context.db
    .insertInto('stops')
    .values({
      tour_id: tour.id,
      chamber_id: chamberId,
      commune_code: commune.code,
      commune_name: commune.name,
      departement: commune.departement,
      date: spec.date,
      address: spec.address ?? 'Place du Marché',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sessionIds: string[] = [];
  for (const session of spec.sessions ?? []) {
    const workshop = await context.db
      .selectFrom('workshops')
      .select('id')
      .where('chamber_id', '=', chamberId)
      .where('key', '=', session.workshop)
      .executeTakeFirstOrThrow();
    const row = await context.db
      .insertInto('sessions')
      .values({
        stop_id: stop.id,
        chamber_id: chamberId,
        workshop_id: workshop.id,
        starts_at: parisInstant(spec.date, session.start),
        ends_at: parisInstant(spec.date, session.end),
        capacity: session.capacity ?? 12,
        cancelled_at: session.cancelled ? new Date('2026-04-30T10:00:00Z') : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    sessionIds.push(row.id);
  }
  return { tourId: tour.id, stopId: stop.id, sessionIds };
}

let sharedHash: Promise<string> | undefined;
let artisanSequence = 0;

/**
 * Artisans inserted directly with one shared password hash, with tokens signed
 * like the API signs them: fast enough for a hundred at once.
 */
export async function insertArtisans(
  context: TestContext,
  count: number,
  options: { chamber?: ChamberName; communeCode?: string } = {},
): Promise<TestUser[]> {
  sharedHash ??= hashPassword('mot-de-passe-partage');
  const passwordHash = await sharedHash;
  const chamberId = context.chambers[options.chamber ?? 'bfc'];
  const commune = findCommune(options.communeCode ?? '89024');
  if (!commune) throw new Error('unknown commune');
  const batch = Array.from({ length: count }, () => {
    artisanSequence += 1;
    const unique = `${process.pid % 1000}${artisanSequence}`.padStart(7, '0').slice(-7);
    return { unique, email: `artisan-lot-${unique}@exemple.fr` };
  });
  const users = await context.db
    .insertInto('users')
    .values(
      batch.map(({ email }) => ({
        email,
        role: 'artisan' as const,
        chamber_id: chamberId,
        password_hash: passwordHash,
        email_confirmed_at: new Date(),
      })),
    )
    .returning(['id', 'email'])
    .execute();
  const artisans = await context.db
    .insertInto('artisans')
    .values(
      batch.map(({ unique, email }) => ({
        user_id: users.find((user) => user.email === email)?.id as string,
        chamber_id: chamberId,
        business_name: `Atelier ${unique}`,
        siret: siretFrom(`580000${unique}`),
        trade: 'Ébéniste',
        sector: 'fabrication' as const,
        commune_code: commune.code,
        commune_name: commune.name,
        departement: commune.departement,
        employee_band: '0' as const,
      })),
    )
    .returning(['id', 'user_id'])
    .execute();
  return Promise.all(
    batch.map(async ({ email }) => {
      const user = users.find((candidate) => candidate.email === email);
      const artisan = artisans.find((candidate) => candidate.user_id === user?.id);
      if (!user || !artisan) throw new Error('artisan insert failed');
      return {
        id: user.id,
        email,
        role: 'artisan' as const,
        chamberId,
        artisanId: artisan.id,
        token: await signTokenFor(context, user.id),
      };
    }),
  );
}

/** A submitted assessment with a given profile (theme scores), inserted directly. */
export async function insertAssessment(
  context: TestContext,
  artisan: TestUser,
  scores: { visibility: number; referencing: number; content: number; social: number },
) {
  const level = (score: number) => levelFor(score).level;
  const keys = ['visibility', 'referencing', 'content', 'social'] as const;
  const overall = Math.round(keys.reduce((sum, key) => sum + scores[key], 0) / 4);
  const profile: Profile = {
    overall: { score: overall, level: level(overall) },
    themes: keys.map((key) => ({
      key,
      score: scores[key],
      level: level(scores[key]),
      answered: 6,
      unknown: 0,
    })),
    priorities: [...keys].sort((a, b) => scores[a] - scores[b]).slice(0, 2),
    actions: [],
  };
  const { id } = await context.db
    .insertInto('assessments')
    .values({
      artisan_id: artisan.artisanId as string,
      chamber_id: artisan.chamberId,
      status: 'submitted',
      questionnaire_version: 1,
      answers: '{}',
      idempotency_key: `fixture-${artisan.artisanId}`,
      scoring_version: '1.0.0',
      profile: JSON.stringify(profile),
      score_overall: overall,
      score_visibility: scores.visibility,
      score_referencing: scores.referencing,
      score_content: scores.content,
      score_social: scores.social,
      level_overall: level(overall),
      submitted_at: new Date('2026-04-20T10:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
