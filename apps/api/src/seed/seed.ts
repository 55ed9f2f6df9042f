import { CONSENT_TEXT_VERSION } from '@capnum/contracts';
import { computeProfile, questionnaireV1, SCORING_VERSION } from '@capnum/scoring';
import type { Config } from '../config.ts';
import type { Db, Executor } from '../db/database.ts';
import { type Clock, systemClock } from '../lib/clock.ts';
import { hashPassword } from '../lib/passwords.ts';
import { insertSubmittedAssessment } from '../modules/assessments/assessment.repository.ts';
import {
  DEMO_ARTISAN_COUNT,
  drawAnswers,
  seedDemoArtisans,
  seededRandom,
} from './demo-artisans.ts';
import { seedDemoBookings } from './demo-bookings.ts';
import { seedDemoTour } from './demo-tour.ts';
import { ensureReferenceData } from './reference-data.ts';
import { siretFrom } from './siret-generator.ts';

export const DEMO_PASSWORD = 'demo-capnum-2026';

export const demoChambers = {
  bfc: {
    name: 'CMA Bourgogne-Franche-Comté',
    departements: ['21', '25', '39', '58', '70', '71', '89', '90'],
  },
  grandEst: {
    name: 'CMA Grand Est',
    departements: ['08', '10', '51', '52', '54', '55', '57', '67', '68', '88'],
  },
} as const;

export const demoAccounts = {
  artisan: 'artisan@demo.capnum.test',
  advisor: 'conseiller@demo.capnum.test',
  staff: 'equipe@demo.capnum.test',
  otherAdvisor: 'conseiller@autre.capnum.test',
} as const;

/** The seed command's guard: demo accounts have a published password. */
export function assertDemoSeedAllowed(nodeEnv: string | undefined): void {
  if (nodeEnv === 'production') {
    throw new Error(
      'Refusé : les données de démonstration (comptes au mot de passe public) ne se chargent jamais en production.',
    );
  }
}

/**
 * What every start does to the data: reference data always; the demo only in
 * development or when DEMO_DATA asks for it, and only once.
 */
export async function prepareStartupData(
  db: Db,
  config: Pick<Config, 'DEMO_DATA'>,
  clock: Clock = systemClock,
): Promise<{ seededDemo: boolean }> {
  await ensureReferenceData(db);
  if (!config.DEMO_DATA || (await hasDemoData(db))) return { seededDemo: false };
  await seedDemo(db, clock);
  return { seededDemo: true };
}

/** Whether the demo chambers exist (the demo seed makes them first). */
export async function hasDemoData(db: Executor): Promise<boolean> {
  const row = await db
    .selectFrom('chambers')
    .select('id')
    .where('is_demo', '=', true)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The two demo chambers, marked as demo: a real chamber of the same name is
 * never reused, so nothing of the demo lands in it. Idempotent.
 */
export async function seedChambers(db: Executor): Promise<{ bfc: string; grandEst: string }> {
  const ids: Record<string, string> = {};
  for (const [key, chamber] of Object.entries(demoChambers)) {
    const existing = await db
      .selectFrom('chambers')
      .select('id')
      .where('name', '=', chamber.name)
      .where('is_demo', '=', true)
      .executeTakeFirst();
    ids[key] =
      existing?.id ??
      (
        await db
          .insertInto('chambers')
          .values({ name: chamber.name, departements: [...chamber.departements], is_demo: true })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
  }
  return { bfc: ids.bfc as string, grandEst: ids.grandEst as string };
}

/** A demo account; an address already used outside the demo chamber is never taken over. */
async function ensureUser(
  db: Executor,
  user: {
    email: string;
    role: 'artisan' | 'advisor' | 'staff';
    chamberId: string;
    passwordHash: string;
    /** Advisors and staff: the name artisans read in their access log. */
    displayName?: string;
  },
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insertInto('users')
    .values({
      email: user.email,
      role: user.role,
      chamber_id: user.chamberId,
      password_hash: user.passwordHash,
      display_name: user.displayName ?? null,
      // Demo addresses are not real: counted as confirmed so the demo can book.
      email_confirmed_at: new Date(),
    })
    .onConflict((conflict) => conflict.column('email').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom('users')
    .select(['id', 'chamber_id'])
    .where('email', '=', user.email)
    .executeTakeFirstOrThrow();
  if (existing.chamber_id !== user.chamberId) {
    throw new Error(
      `Le compte ${user.email} existe déjà hors de la chambre de démonstration : données de démonstration non chargées.`,
    );
  }
  return { id: existing.id, created: false };
}

/**
 * The demo: chambers, the four accounts of the README, and everything they look at. Idempotent.
 * One transaction, so that a first start interrupted half-way leaves an empty database (seeded
 * again on the next start) rather than a partial demo that every later run would skip.
 */
export async function seedDemo(db: Db, clock: Clock = systemClock): Promise<void> {
  await ensureReferenceData(db);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute((trx) => seedDemoIn(trx, clock, passwordHash));
}

async function seedDemoIn(db: Executor, clock: Clock, passwordHash: string): Promise<void> {
  const chambers = await seedChambers(db);
  const artisanUser = await ensureUser(db, {
    email: demoAccounts.artisan,
    role: 'artisan',
    chamberId: chambers.bfc,
    passwordHash,
  });
  if (artisanUser.created) {
    await db
      .insertInto('artisans')
      .values({
        user_id: artisanUser.id,
        chamber_id: chambers.bfc,
        business_name: 'Boulangerie des Remparts',
        siret: siretFrom('8912345670001'),
        trade: 'Boulanger-pâtissier',
        sector: 'alimentation',
        commune_code: '89024',
        commune_name: 'Auxerre',
        departement: '89',
        employee_band: '3-9',
        website: 'https://boulangerie-des-remparts.example',
        share_with_advisor: true,
        consent_at: clock.now(),
        consent_version: CONSENT_TEXT_VERSION,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then(async (artisan) => {
        await db
          .insertInto('consent_events')
          .values({
            artisan_id: artisan.id,
            chamber_id: chambers.bfc,
            granted: true,
            text_version: CONSENT_TEXT_VERSION,
            at: clock.now(),
          })
          .execute();
        await seedDemoArtisanAssessment(db, artisan.id, chambers.bfc, clock);
      });
  }
  const advisor = await ensureUser(db, {
    email: demoAccounts.advisor,
    role: 'advisor',
    chamberId: chambers.bfc,
    passwordHash,
    displayName: 'Camille Martin',
  });
  await ensureUser(db, {
    email: demoAccounts.staff,
    role: 'staff',
    chamberId: chambers.bfc,
    passwordHash,
    displayName: 'Dominique Bernard',
  });
  const otherAdvisor = await ensureUser(db, {
    email: demoAccounts.otherAdvisor,
    role: 'advisor',
    chamberId: chambers.grandEst,
    passwordHash,
    displayName: 'Sacha Weber',
  });
  await seedDemoTour(db, clock, chambers);
  await seedDemoArtisans(db, {
    clock,
    passwordHash,
    questionnaire: questionnaireV1,
    chambers: [
      {
        key: 'bfc',
        id: chambers.bfc,
        departements: demoChambers.bfc.departements,
        count: DEMO_ARTISAN_COUNT.bfc,
      },
      {
        key: 'grandest',
        id: chambers.grandEst,
        departements: demoChambers.grandEst.departements,
        count: DEMO_ARTISAN_COUNT.grandEst,
      },
    ],
  });
  await seedDemoBookings(db, {
    chamberIds: [chambers.bfc, chambers.grandEst],
    skipEmail: demoAccounts.artisan,
  });
  if (advisor.created) await seedDemoNotes(db, clock, advisor.id, chambers.bfc);
  if (otherAdvisor.created) await seedDemoNotes(db, clock, otherAdvisor.id, chambers.grandEst);
}

/** A few notes by a demo advisor on consenting members of their chamber. */
async function seedDemoNotes(db: Executor, clock: Clock, advisorId: string, chamberId: string) {
  const author = await db
    .selectFrom('users')
    .select(['display_name', 'email'])
    .where('id', '=', advisorId)
    .executeTakeFirstOrThrow();
  const members = await db
    .selectFrom('artisans')
    .select('id')
    .where('chamber_id', '=', chamberId)
    .where('share_with_advisor', '=', true)
    .where('latest_assessment_at', 'is not', null)
    .orderBy('business_name')
    .orderBy('id')
    .limit(demoNotes.length)
    .execute();
  const now = clock.now().getTime();
  await Promise.all(
    members.map((member, index) =>
      db
        .insertInto('member_notes')
        .values({
          chamber_id: chamberId,
          artisan_id: member.id,
          author_id: advisorId,
          author_name: author.display_name ?? author.email,
          text: demoNotes[index] as string,
          created_at: new Date(now - (index + 3) * 86_400_000),
          updated_at: new Date(now - (index + 3) * 86_400_000),
        })
        .execute(),
    ),
  );
}

const demoNotes = [
  'Appel du gérant : souhaite refaire son site avant l’été. Proposer l’atelier référencement.',
  'Fiche Google incomplète (horaires manquants). À revoir ensemble lors de la prochaine visite.',
  'Publie sur Facebook une fois par mois ; intéressé par un rythme plus régulier.',
  'Vient de reprendre l’entreprise : besoin d’un point complet sur la présence en ligne.',
];

/** The demo baker: a good shop window, weak on referencing and social networks. */
async function seedDemoArtisanAssessment(
  db: Executor,
  artisanId: string,
  chamberId: string,
  clock: Clock,
) {
  const random = seededRandom(89024);
  const answers = {
    ...drawAnswers(random, questionnaireV1, 0.3),
    'vis-website': { choice: 'vis-website-up-to-date' },
    'vis-google-profile': { choice: 'vis-gbp-basic' },
    'con-photos': { choice: 'con-photos-recent' },
    'ref-keywords': { choice: 'ref-keywords-no' },
    'ref-mobile': { choice: 'ref-mobile-partly' },
    'ref-https': { choice: 'ref-https-yes' },
    'ref-page-titles': { choice: 'ref-page-titles-no' },
    'soc-page': { choice: 'soc-page-personal' },
    'soc-posting-rhythm': { choice: 'soc-posting-rhythm-irregular' },
  };
  await insertSubmittedAssessment(
    db,
    { artisanId, chamberId },
    {
      questionnaireVersion: questionnaireV1.version,
      answers,
      profile: computeProfile(questionnaireV1, answers),
      scoringVersion: SCORING_VERSION,
      idempotencyKey: 'demo-boulangerie-1',
      submittedAt: new Date(clock.now().getTime() - 12 * 86_400_000),
    },
  );
}
