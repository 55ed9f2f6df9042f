import { afterAll, beforeAll } from 'vitest';
import { workshopCatalogue } from '../../seed/workshop-catalogue.ts';
import { bearer, createTestContext, type TestContext, type TestUser } from '../../test/test-app.ts';
import { insertArtisans, insertStop, seedCatalogues } from './tour-fixtures.ts';

// What the tour test files share: one context per file with the workshop
// catalogues, the same stops before and after today, and their requests.

export let context: TestContext;
export let workshops: Awaited<ReturnType<typeof seedCatalogues>>;
export const stops = {} as Record<
  'pastAuxerre' | 'todaySens' | 'nevers' | 'auxerre' | 'dijon' | 'reims',
  Awaited<ReturnType<typeof insertStop>>
>;

export const NOW = '2026-05-01T08:00:00.000Z'; // Friday 1 May 2026, 10:00 in Paris

/** Registers the hooks that give this test file its own context and stops. */
export function setUpTourTests(): void {
  beforeAll(async () => {
    context = await createTestContext({ now: NOW });
    workshops = await seedCatalogues(context);
    stops.pastAuxerre = await insertStop(context, {
      communeCode: '89024',
      date: '2026-04-30',
      sessions: [{ workshop: 'visibility-decouverte', start: '09:00', end: '10:00' }],
    });
    stops.todaySens = await insertStop(context, {
      communeCode: '89387',
      date: '2026-05-01',
      address: 'Place de la République',
      sessions: [
        { workshop: 'visibility-decouverte', start: '09:00', end: '10:00' },
        { workshop: 'social-decouverte', start: '14:00', end: '15:00' },
      ],
    });
    stops.nevers = await insertStop(context, {
      communeCode: '58194',
      date: '2026-05-05',
      address: 'Place Carnot',
      sessions: [{ workshop: 'content-decouverte', start: '09:00', end: '10:00' }],
    });
    stops.auxerre = await insertStop(context, {
      communeCode: '89024',
      date: '2026-05-12',
      address: 'Place de l’Arquebuse',
      sessions: [
        { workshop: 'visibility-decouverte', start: '09:00', end: '10:00' },
        { workshop: 'referencing-decouverte', start: '09:00', end: '10:00', capacity: 1 },
        { workshop: 'referencing-approfondissement', start: '10:30', end: '12:30' },
        { workshop: 'content-approfondissement', start: '14:00', end: '15:30', capacity: 8 },
        { workshop: 'social-decouverte', start: '14:00', end: '15:00', cancelled: true },
        { workshop: 'referencing-expert', start: '15:30', end: '17:30', capacity: 15 },
      ],
    });
    stops.dijon = await insertStop(context, {
      communeCode: '21231',
      date: '2026-09-15',
      address: 'Place Darcy',
      sessions: [{ workshop: 'visibility-expert', start: '14:00', end: '15:30' }],
    });
    stops.reims = await insertStop(context, {
      chamber: 'grandEst',
      communeCode: '51454',
      date: '2026-05-04',
      address: 'Place Drouet-d’Erlon',
      sessions: [{ workshop: 'social-expert', start: '10:00', end: '12:00' }],
    });
    // The 1-seat referencing session at Auxerre is full.
    const [someone] = await insertArtisans(context, 1);
    await context.db
      .insertInto('registrations')
      .values({
        session_id: stops.auxerre.sessionIds[1] as string,
        artisan_id: someone?.artisanId as string,
        chamber_id: context.chambers.bfc,
        status: 'confirmed',
      })
      .execute();
  });
  afterAll(async () => {
    await context.close();
  });
}

export const get = (user: TestUser | undefined, url: string) =>
  context.app.inject({ method: 'GET', url, headers: user ? bearer(user) : {} });

export const catalogue = (key: string) => {
  const workshop = workshopCatalogue.find((candidate) => candidate.key === key);
  if (!workshop) throw new Error(key);
  return {
    id: workshops.bfc[key],
    key,
    theme: workshop.theme,
    level: workshop.level,
    title: workshop.title,
    description: workshop.description,
    durationMinutes: workshop.durationMinutes,
  };
};
