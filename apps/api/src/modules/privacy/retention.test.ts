import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linksFrom } from '../../lib/mailer.ts';
import { createArtisan, createAssessment, type TestArtisan } from '../../test/fixtures.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';
import { monthsBefore, runRetention } from './retention.ts';

const NOW = new Date('2026-05-01T08:00:00.000Z');
let context: TestContext;

beforeAll(async () => {
  context = await createTestContext({ now: NOW.toISOString() });
});
afterAll(() => context.close());

const run = () =>
  runRetention({
    db: context.db,
    clock: context.clock,
    link: linksFrom('https://capnum.test'),
    months: 36,
  });

async function artisanSeen(lastSeen: Date, warned: Date | null = null): Promise<TestArtisan> {
  const artisan = await createArtisan(context);
  await createAssessment(context, artisan, { submittedAt: lastSeen });
  await context.db
    .updateTable('users')
    .set({ last_seen_at: lastSeen })
    .where('id', '=', artisan.id)
    .execute();
  await context.db
    .updateTable('artisans')
    .set({ retention_warned_at: warned })
    .where('id', '=', artisan.artisanId)
    .execute();
  return artisan;
}

const warningsTo = async (email: string) =>
  (
    await context.db
      .selectFrom('outbox')
      .select('subject')
      .where('to_email', '=', email)
      .where('subject', '=', 'Votre compte Cap Numérique sera bientôt anonymisé')
      .execute()
  ).length;
const exists = async (artisan: TestArtisan) =>
  (await context.db
    .selectFrom('users')
    .select('id')
    .where('id', '=', artisan.id)
    .executeTakeFirst()) !== undefined;

describe('retention', () => {
  it('warns a month before, anonymises after, spares the active, and two runs at once act once', async () => {
    const day = 86_400_000;
    const expired = await artisanSeen(monthsBefore(NOW, 40), monthsBefore(NOW, 2));
    const soon = await artisanSeen(new Date(monthsBefore(NOW, 35).getTime() - 15 * day));
    const longGoneNeverWarned = await artisanSeen(monthsBefore(NOW, 40));
    const active = await artisanSeen(monthsBefore(NOW, 10));
    // Warned once, then came back: the warning no longer counts.
    const cameBack = await artisanSeen(monthsBefore(NOW, 1), monthsBefore(NOW, 3));
    const assessmentsBefore = await context.db
      .selectFrom('assessments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();

    const [first, second] = await Promise.all([run(), run()]);
    expect(first.warned + second.warned).toBe(2);
    expect(first.anonymised + second.anonymised).toBe(1);
    expect(await exists(expired)).toBe(false);
    expect(await warningsTo(soon.email)).toBe(1);
    expect(await warningsTo(longGoneNeverWarned.email)).toBe(1);
    expect(await exists(longGoneNeverWarned)).toBe(true);
    for (const spared of [active, cameBack]) {
      expect(await exists(spared)).toBe(true);
      expect(await warningsTo(spared.email)).toBe(0);
    }
    const warning = await context.db
      .selectFrom('outbox')
      .select('body')
      .where('to_email', '=', soon.email)
      .executeTakeFirstOrThrow();
    expect(warning.body).toContain('anonymisé à partir du lundi 1 juin 2026');
    expect(warning.body).toContain('https://capnum.test/connexion');
    // A run the same day changes nothing more.
    expect(await run()).toEqual({ warned: 0, anonymised: 0 });

    // A month and a day later, the two warned artisans are anonymised; their figures stay.
    context.clock.set(new Date(NOW.getTime() + 32 * day));
    try {
      expect(await run()).toEqual({ warned: 0, anonymised: 2 });
      expect(await exists(soon)).toBe(false);
      expect(await exists(longGoneNeverWarned)).toBe(false);
      expect(await exists(active)).toBe(true);
    } finally {
      context.clock.set(NOW);
    }
    const assessmentsAfter = await context.db
      .selectFrom('assessments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(assessmentsAfter.n)).toBe(Number(assessmentsBefore.n));
    const audit = await context.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'account.erased')
      .execute();
    expect(audit).toEqual([
      { details: { reason: 'retention' } },
      { details: { reason: 'retention' } },
      { details: { reason: 'retention' } },
    ]);
  });

  it('refuses a retention below two months at start', async () => {
    const { loadConfig } = await import('../../config.ts');
    expect(() => loadConfig({ NODE_ENV: 'test', RETENTION_MONTHS: '1' })).toThrow(
      'RETENTION_MONTHS doit valoir au moins 2 (mois).',
    );
  });
});
