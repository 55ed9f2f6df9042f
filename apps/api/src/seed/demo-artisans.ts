import { CONSENT_TEXT_VERSION } from '@capnum/contracts';
import {
  type Answers,
  computeProfile,
  listQuestions,
  type Question,
  type Questionnaire,
  SCORING_VERSION,
} from '@capnum/scoring';
import type { Executor } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import { insertSubmittedAssessment } from '../modules/assessments/assessment.repository.ts';
import { largestCommunesOf } from '../modules/communes/commune-directory.ts';
import { siretFrom } from './siret-generator.ts';

/** Deterministic pseudo-random numbers (mulberry32): the same demo on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const trades = {
  alimentation: [
    'Boulanger',
    'Pâtissier',
    'Boucher-charcutier',
    'Chocolatier',
    'Fromager',
    'Traiteur',
  ],
  batiment: [
    'Menuisier',
    'Plombier-chauffagiste',
    'Électricien',
    'Maçon',
    'Peintre en bâtiment',
    'Couvreur',
  ],
  fabrication: [
    'Ébéniste',
    'Bijoutier-joaillier',
    'Céramiste',
    'Ferronnier d’art',
    'Tapissier',
    'Luthier',
  ],
  services: ['Coiffeur', 'Esthéticienne', 'Garagiste', 'Fleuriste', 'Photographe', 'Cordonnier'],
} as const;
const businessPrefixes = [
  'Atelier',
  'Maison',
  'Les Ateliers',
  'Entreprise',
  'Au Savoir-Faire',
  'Chez',
];
const familyNames = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefebvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
  'Girard',
  'André',
  'Mercier',
  'Dupont',
  'Lambert',
  'Bonnet',
  'François',
  'Martinez',
  'Legrand',
];
const sectors = ['alimentation', 'batiment', 'fabrication', 'services'] as const;
const bands = ['0', '0', '1-2', '1-2', '1-2', '3-9', '3-9', '10+'] as const;

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** An answer drawn around a maturity in [0, 1]: mature businesses pick better options. */
function drawAnswer(random: () => number, question: Question, maturity: number) {
  if (random() < 0.06) return { unknown: true as const };
  if (question.allowNotApplicable && random() < 0.08) return { notApplicable: true as const };
  const ranked = [...question.options]
    .filter((option) => !option.exclusive)
    .sort((a, b) => a.points - b.points);
  if (question.type === 'single') {
    const position = Math.min(
      ranked.length - 1,
      Math.max(0, Math.round((maturity + (random() - 0.5) * 0.5) * (ranked.length - 1))),
    );
    return { choice: (ranked[position] ?? ranked[0])?.id as string };
  }
  const ticked = ranked.filter(() => random() < maturity).map((option) => option.id);
  if (ticked.length > 0) return { choices: ticked };
  const none = question.options.find((option) => option.exclusive);
  return { choices: [(none ?? ranked[0])?.id as string] };
}

export function drawAnswers(
  random: () => number,
  questionnaire: Questionnaire,
  maturity: number,
): Answers {
  const answers: Answers = {};
  for (const question of listQuestions(questionnaire)) {
    answers[question.id] = drawAnswer(random, question, maturity);
  }
  return answers;
}

export const DEMO_ARTISAN_COUNT = { bfc: 320, grandEst: 40 };

/**
 * A few hundred artisans over the départements, sectors and sizes, each with
 * one or two submitted assessments, so advisor and staff screens show something real.
 * Skipped when the first of them exists: run it in a transaction (seedDemo does) so that
 * they are all there or none.
 */
export async function seedDemoArtisans(
  db: Executor,
  options: {
    clock: Clock;
    passwordHash: string;
    questionnaire: Questionnaire;
    chambers: { id: string; departements: readonly string[]; count: number; key: string }[];
  },
): Promise<void> {
  const marker = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', 'demo-bfc-001@demo.capnum.test')
    .executeTakeFirst();
  if (marker) return;
  const random = seededRandom(2026);
  const now = options.clock.now().getTime();
  let serial = 0;
  for (const chamber of options.chambers) {
    const communes = new Map(
      chamber.departements.map((departement) => [departement, largestCommunesOf(departement, 12)]),
    );
    for (let index = 1; index <= chamber.count; index += 1) {
      serial += 1;
      const departement = pick(random, chamber.departements);
      const commune = pick(random, communes.get(departement) ?? []);
      const sector = pick(random, sectors);
      const trade = pick(random, trades[sector]);
      const email = `demo-${chamber.key}-${String(index).padStart(3, '0')}@demo.capnum.test`;
      const sharing = random() < 0.7;
      const user = await db
        .insertInto('users')
        .values({
          email,
          password_hash: options.passwordHash,
          role: 'artisan',
          chamber_id: chamber.id,
          email_confirmed_at: options.clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const artisan = await db
        .insertInto('artisans')
        .values({
          user_id: user.id,
          chamber_id: chamber.id,
          business_name: `${pick(random, businessPrefixes)} ${pick(random, familyNames)}`,
          siret: siretFrom(`7${String(serial).padStart(8, '0')}0001`),
          trade,
          sector,
          commune_code: commune.code,
          commune_name: commune.name,
          departement: commune.departement,
          employee_band: pick(random, bands),
          website:
            random() < 0.55
              ? `https://www.${trade
                  .toLowerCase()
                  .normalize('NFD')
                  .replace(/[^a-z]/g, '')}-${serial}.example`
              : null,
          share_with_advisor: sharing,
          consent_at: sharing ? new Date(now - 400 * 86_400_000) : null,
          consent_version: sharing ? CONSENT_TEXT_VERSION : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (sharing) {
        await db
          .insertInto('consent_events')
          .values({
            artisan_id: artisan.id,
            chamber_id: chamber.id,
            granted: true,
            text_version: CONSENT_TEXT_VERSION,
            at: new Date(now - 400 * 86_400_000),
          })
          .execute();
      }
      // Service trades tend to be a little further along; spread wide anyway.
      let maturity = Math.min(
        0.95,
        Math.max(0.05, random() * 0.8 + (sector === 'services' ? 0.1 : 0)),
      );
      const submissions = random() < 0.45 ? 2 : 1;
      let daysAgo = 30 + Math.floor(random() * 330);
      for (let round = 0; round < submissions; round += 1) {
        const answers = drawAnswers(random, options.questionnaire, maturity);
        const profile = computeProfile(options.questionnaire, answers);
        await insertSubmittedAssessment(
          db,
          { artisanId: artisan.id, chamberId: chamber.id },
          {
            questionnaireVersion: options.questionnaire.version,
            answers,
            profile,
            scoringVersion: SCORING_VERSION,
            idempotencyKey: `demo-${serial}-${round}`,
            submittedAt: new Date(now - daysAgo * 86_400_000),
          },
        );
        // The second assessment comes after a workshop: a little better.
        maturity = Math.min(0.98, maturity + 0.12);
        daysAgo = Math.max(1, daysAgo - 20 - Math.floor(random() * 120));
      }
    }
  }
}
