import { randomUUID } from 'node:crypto';
import type { EmployeeBand, Sector } from '@capnum/contracts';
import {
  type Answers,
  computeProfile,
  listQuestions,
  type Profile,
  questionnaireV1,
  SCORING_VERSION,
} from '@capnum/scoring';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../lib/passwords.ts';
import { insertSubmittedAssessment } from '../modules/assessments/assessment.repository.ts';
import { findCommune } from '../modules/communes/commune-directory.ts';
import { siretFrom } from '../seed/siret-generator.ts';
import { signTokenFor, TEST_PASSWORD, type TestContext, type TestUser } from './test-app.ts';

/*
 * One fixture layer for the API tests. Rows are written directly (fast,
 * hundreds per test when needed), but every figure comes from production
 * code: profiles from the real scoring (`computeProfile`, `SCORING_VERSION`,
 * the repository's own score columns), tokens from the server's own claims
 * function. Anything a test wants to see happen through the API, it does
 * through the API.
 */

let sequence = 0;
let passwordHash: Promise<string> | undefined;

export interface ArtisanOptions {
  chamber?: 'bfc' | 'grandEst';
  communeCode?: string;
  sector?: Sector;
  employeeBand?: EmployeeBand;
  businessName?: string;
  emailConfirmed?: boolean;
  shareWithAdvisor?: boolean;
}

export interface TestArtisan extends TestUser {
  artisanId: string;
  businessName: string;
  departement: string;
}

/** An artisan of a chamber, as sign-up would have left them, with a token. */
export async function createArtisan(
  context: Pick<TestContext, 'app' | 'db' | 'chambers'>,
  options: ArtisanOptions = {},
): Promise<TestArtisan> {
  sequence += 1;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const chamberKey = options.chamber ?? 'bfc';
  const commune = findCommune(options.communeCode ?? (chamberKey === 'bfc' ? '89024' : '67482'));
  if (!commune) throw new Error(`unknown commune ${options.communeCode}`);
  const unique = `${process.pid % 1000}${sequence}`.padStart(7, '0').slice(-7);
  const email = `fixture-${unique}-${sequence}@exemple.fr`;
  const chamberId = context.chambers[chamberKey];
  const businessName = options.businessName ?? `Atelier ${unique}`;
  const user = await context.db
    .insertInto('users')
    .values({
      email,
      role: 'artisan',
      chamber_id: chamberId,
      password_hash: await passwordHash,
      email_confirmed_at: options.emailConfirmed === false ? null : new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const artisan = await context.db
    .insertInto('artisans')
    .values({
      user_id: user.id,
      chamber_id: chamberId,
      business_name: businessName,
      siret: siretFrom(`780000${unique}`),
      trade: 'Menuisier',
      sector: options.sector ?? 'batiment',
      commune_code: commune.code,
      commune_name: commune.name,
      departement: commune.departement,
      employee_band: options.employeeBand ?? '1-2',
      share_with_advisor: options.shareWithAdvisor ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    id: user.id,
    email,
    token: await signTokenFor(context, user.id),
    role: 'artisan',
    chamberId,
    artisanId: artisan.id,
    businessName,
    departement: commune.departement,
  };
}

/**
 * Answers of questionnaire v1 at a maturity between 0 (the weakest option of
 * every question) and 1 (the best): the same answers for the same maturity.
 */
export function answersAt(maturity: number): Answers {
  const answers: Answers = {};
  for (const question of listQuestions(questionnaireV1)) {
    const ranked = question.options
      .filter((option) => !option.exclusive)
      .sort((a, b) => a.points - b.points);
    if (question.type === 'single') {
      const option = ranked[Math.round(maturity * (ranked.length - 1))] ?? ranked[0];
      answers[question.id] = { choice: option?.id as string };
    } else {
      const count = Math.round(maturity * ranked.length);
      const chosen = ranked.slice(ranked.length - count).map((option) => option.id);
      const none = question.options.find((option) => option.exclusive) ?? ranked[0];
      answers[question.id] = { choices: chosen.length > 0 ? chosen : [none?.id as string] };
    }
  }
  return answers;
}

/** A submitted assessment of this artisan, scored by the real scoring. */
export async function createAssessment(
  context: Pick<TestContext, 'db'>,
  artisan: Pick<TestArtisan, 'artisanId' | 'chamberId'>,
  options: { answers?: Answers; maturity?: number; submittedAt?: Date | string } = {},
): Promise<{ id: string; profile: Profile; submittedAt: Date }> {
  const answers = options.answers ?? answersAt(options.maturity ?? 0.5);
  const profile = computeProfile(questionnaireV1, answers);
  const submittedAt = new Date(options.submittedAt ?? '2026-04-15T10:00:00Z');
  const idempotencyKey = randomUUID();
  await insertSubmittedAssessment(
    context.db,
    { artisanId: artisan.artisanId, chamberId: artisan.chamberId },
    {
      questionnaireVersion: questionnaireV1.version,
      answers,
      profile,
      scoringVersion: SCORING_VERSION,
      idempotencyKey,
      submittedAt,
    },
  );
  const { id } = await context.db
    .selectFrom('assessments')
    .select('id')
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id, profile, submittedAt };
}

type Body = InjectOptions['payload'];

/** Requests as one user (or nobody): `as(context, staff).get('/api/staff/tours')`. */
export function as(context: Pick<TestContext, 'app'>, user?: Pick<TestUser, 'token'>) {
  const send = (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: Body,
  ): Promise<LightMyRequestResponse> =>
    context.app.inject({
      method,
      url,
      headers: user ? { authorization: `Bearer ${user.token}` } : {},
      ...(payload === undefined ? {} : { payload }),
    });
  return {
    get: (url: string) => send('GET', url),
    delete: (url: string) => send('DELETE', url),
    post: (url: string, payload: Body = {}) => send('POST', url, payload),
    put: (url: string, payload: Body = {}) => send('PUT', url, payload),
    patch: (url: string, payload: Body = {}) => send('PATCH', url, payload),
  };
}
