import { afterAll, beforeAll } from 'vitest';
import { as, createArtisan, createAssessment, type TestArtisan } from '../../test/fixtures.ts';
import {
  createStaffUser,
  createTestContext,
  type TestContext,
  type TestUser,
} from '../../test/test-app.ts';
import { insertStop, seedCatalogues } from '../tour/tour-fixtures.ts';

// The advisor test files share one cast, built by hand so that every list
// and filter has an exact expected answer:
//   bfc chamber: advisor (all départements), scoped advisor (21 only), staff;
//   members: Auxerre (89) baker, Dijon (21) joiner, Sens (89) florist never
//   assessed, Nevers (58) plumber assessed 14 months ago, Auxerre (89)
//   hairdresser who does not consent;
//   grandEst chamber: its own advisor and a consenting member.

export let context: TestContext;
export const cast = {} as {
  advisor: TestUser;
  scopedAdvisor: TestUser;
  staff: TestUser;
  otherAdvisor: TestUser;
  baker: TestArtisan;
  joiner: TestArtisan;
  florist: TestArtisan;
  plumber: TestArtisan;
  hairdresser: TestArtisan;
  foreigner: TestArtisan;
  stop: { stopId: string; sessionIds: string[] };
};

export const NOW = '2026-05-01T08:00:00.000Z';

export function setUpAdvisorTests(): void {
  beforeAll(async () => {
    context = await createTestContext({ now: NOW });
    await seedCatalogues(context);
    cast.advisor = await createStaffUser(context, 'advisor');
    cast.scopedAdvisor = await createStaffUser(context, 'advisor');
    cast.staff = await createStaffUser(context, 'staff');
    cast.otherAdvisor = await createStaffUser(context, 'advisor', 'grandEst');
    await context.db
      .updateTable('users')
      .set({ display_name: 'Camille Martin' })
      .where('id', '=', cast.advisor.id)
      .execute();
    await context.db
      .insertInto('advisor_scopes')
      .values({
        advisor_id: cast.scopedAdvisor.id,
        chamber_id: context.chambers.bfc,
        departement: '21',
      })
      .execute();
    cast.baker = await createArtisan(context, {
      businessName: 'Boulangerie Élise Dupré',
      sector: 'alimentation',
      employeeBand: '3-9',
      communeCode: '89024',
      shareWithAdvisor: true,
    });
    cast.joiner = await createArtisan(context, {
      businessName: 'Menuiserie du Château',
      sector: 'batiment',
      employeeBand: '1-2',
      communeCode: '21231',
      shareWithAdvisor: true,
    });
    cast.florist = await createArtisan(context, {
      businessName: 'Fleurs de Sens',
      sector: 'services',
      employeeBand: '0',
      communeCode: '89387',
      shareWithAdvisor: true,
    });
    cast.plumber = await createArtisan(context, {
      businessName: 'Plomberie Nivernaise',
      sector: 'batiment',
      employeeBand: '10+',
      communeCode: '58194',
      shareWithAdvisor: true,
    });
    cast.hairdresser = await createArtisan(context, {
      businessName: 'Coiffure Auxerroise',
      sector: 'services',
      communeCode: '89024',
      shareWithAdvisor: false,
    });
    cast.foreigner = await createArtisan(context, {
      chamber: 'grandEst',
      businessName: 'Boulangerie Rémoise',
      shareWithAdvisor: true,
    });
    await createAssessment(context, cast.baker, {
      maturity: 0.2,
      submittedAt: '2026-01-10T09:00:00Z',
    });
    await createAssessment(context, cast.baker, {
      maturity: 0.6,
      submittedAt: '2026-04-20T09:00:00Z',
    });
    await createAssessment(context, cast.joiner, { maturity: 0.9 });
    await createAssessment(context, cast.plumber, {
      maturity: 0.4,
      submittedAt: '2025-03-01T09:00:00Z',
    });
    await createAssessment(context, cast.hairdresser, { maturity: 0.5 });
    await createAssessment(context, cast.foreigner, { maturity: 0.5 });
    cast.stop = await insertStop(context, {
      communeCode: '89024',
      date: '2026-05-12',
      sessions: [
        { workshop: 'referencing-decouverte', start: '10:00', end: '11:00' },
        { workshop: 'social-decouverte', start: '14:00', end: '15:00' },
      ],
    });
    for (const [artisan, session] of [
      [cast.baker, 0],
      [cast.baker, 1],
      [cast.florist, 1],
      [cast.hairdresser, 0],
    ] as const) {
      await as(context, artisan).post(
        `/api/sessions/${cast.stop.sessionIds[session]}/registrations`,
      );
    }
  });
  afterAll(() => context.close());
}

/** The access-log lines of a member, oldest first. */
export function accessLogOf(artisan: TestArtisan) {
  return context.db
    .selectFrom('access_log')
    .select(['viewer_id', 'what'])
    .where('artisan_id', '=', artisan.artisanId)
    .orderBy('at')
    .execute();
}

/** Business names of a member list answer, in order. */
export const namesOf = (body: { items: { businessName: string }[] }) =>
  body.items.map((item) => item.businessName);
