import { parisDate, parisTime } from '@capnum/contracts/paris-time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArtisans } from '../modules/tour/tour-fixtures.ts';
import { bearer, createTestContext, type TestContext, type TestUser } from '../test/test-app.ts';
import { demoTourStart, seedDemoTour } from './demo-tour.ts';
import { isWorkingDay } from './working-days.ts';

let context: TestContext;

beforeAll(async () => {
  context = await createTestContext(); // Friday 1 May 2026, 10:00 in Paris
  await seedDemoTour(context.db, context.clock, context.chambers);
});
afterAll(async () => {
  await context.close();
});

interface Stop {
  id: string;
  communeCode: string;
  communeName: string;
  departement: string;
  date: string;
  address: string;
  sessions: {
    startsAt: string;
    endsAt: string;
    capacity: number;
    workshop: { theme: string; level: string; durationMinutes: number };
  }[];
}

async function stopsSeenBy(chamber: 'bfc' | 'grandEst'): Promise<Stop[]> {
  const [artisan] = (await insertArtisans(context, 1, {
    chamber,
    communeCode: chamber === 'bfc' ? '89024' : '51454',
  })) as [TestUser];
  const response = await context.app.inject({
    method: 'GET',
    url: '/api/tour/stops',
    headers: bearer(artisan),
  });
  return response.json().stops;
}

describe('the demo tour', () => {
  it('starts on the first Tuesday at least 19 days ahead, whatever the day', () => {
    expect(demoTourStart(new Date('2026-05-01T08:00:00Z'))).toBe('2026-05-26');
    expect(demoTourStart(new Date('2026-05-05T08:00:00Z'))).toBe('2026-05-26'); // a Tuesday
    expect(demoTourStart(new Date('2026-11-26T09:00:00Z'))).toBe('2026-12-15');
  });

  it('runs four days in the Yonne and the Nièvre from Auxerre, other départements after, Dijon four months later', async () => {
    const stops = await stopsSeenBy('bfc');
    expect(
      stops.map((stop) => [stop.date, stop.communeCode, stop.communeName, stop.address]),
    ).toEqual([
      ['2026-05-26', '89024', 'Auxerre', 'Place de l’Arquebuse'],
      ['2026-05-27', '89387', 'Sens', 'Place de la République'],
      ['2026-05-28', '58194', 'Nevers', 'Place Carnot'],
      ['2026-05-29', '58086', 'Cosne-Cours-sur-Loire', 'Place de la Pêcherie'],
      ['2026-06-09', '25056', 'Besançon', 'Place de la Révolution'],
      ['2026-06-10', '39300', 'Lons-le-Saunier', 'Place de la Liberté'],
      ['2026-06-11', '71076', 'Chalon-sur-Saône', 'Place de l’Hôtel-de-Ville'],
      ['2026-06-23', '70550', 'Vesoul', 'Place de la République'],
      ['2026-06-24', '90010', 'Belfort', 'Place d’Armes'],
      ['2026-09-22', '21231', 'Dijon', 'Place Darcy'],
    ]);
  });

  it('gives each day 5 to 8 sessions on the four themes at several levels, between 9:00 and 17:30 in Paris', async () => {
    for (const stop of await stopsSeenBy('bfc')) {
      expect(stop.sessions.length).toBeGreaterThanOrEqual(5);
      expect(stop.sessions.length).toBeLessThanOrEqual(8);
      expect(new Set(stop.sessions.map((session) => session.workshop.theme)).size).toBe(4);
      expect(new Set(stop.sessions.map((session) => session.workshop.level)).size).toBeGreaterThan(
        1,
      );
      for (const session of stop.sessions) {
        const start = new Date(session.startsAt);
        const end = new Date(session.endsAt);
        expect(parisDate(start)).toBe(stop.date);
        expect(parisTime(start) >= '09:00').toBe(true);
        expect(parisTime(end) <= '17:30').toBe(true);
        expect(end.getTime() - start.getTime()).toBe(session.workshop.durationMinutes * 60_000);
        expect([8, 12, 15]).toContain(session.capacity);
      }
    }
    const auxerre = (await stopsSeenBy('bfc'))[0] as Stop;
    // 26 May is summer time: 9:00 in Paris is 07:00 UTC.
    expect(auxerre.sessions[0]?.startsAt).toBe('2026-05-26T07:00:00.000Z');
  });

  it('gives the Grand Est chamber its own small tour, seen by nobody else', async () => {
    const stops = await stopsSeenBy('grandEst');
    expect(stops.map((stop) => [stop.date, stop.communeName])).toEqual([
      ['2026-06-02', 'Reims'],
      ['2026-06-03', 'Nancy'],
    ]);
  });

  it('is idempotent and gives every chamber the 12 catalogue workshops', async () => {
    const count = async (table: 'tours' | 'stops' | 'sessions' | 'workshops') =>
      Number(
        (
          await context.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await Promise.all(
      (['tours', 'stops', 'sessions', 'workshops'] as const).map(count),
    );
    context.clock.set('2026-06-15T08:00:00Z');
    await seedDemoTour(context.db, context.clock, context.chambers);
    context.clock.set('2026-05-01T08:00:00Z');
    expect(
      await Promise.all((['tours', 'stops', 'sessions', 'workshops'] as const).map(count)),
    ).toEqual(before);
    expect(before[0]).toBe(4);
    expect(before[3]).toBe(24);
  });
});

describe('the demo tour around Christmas', () => {
  it('never stops on a Sunday, a Saturday or a public holiday, nor twice the same day', async () => {
    const december = await createTestContext({ now: '2026-12-03T09:00:00.000Z' });
    try {
      await seedDemoTour(december.db, december.clock, december.chambers);
      const stops = await december.db
        .selectFrom('stops')
        .select(['tour_id', 'date', 'departement'])
        .orderBy('date')
        .execute();
      expect(stops.length).toBeGreaterThan(10);
      expect(stops.filter((stop) => !isWorkingDay(stop.date, stop.departement))).toEqual([]);
      const days = stops.map((stop) => `${stop.tour_id} ${stop.date}`);
      expect(new Set(days).size).toBe(days.length);
      // Three weeks after 3 December: the Yonne days straddle Christmas, which is skipped.
      expect(stops.map((stop) => stop.date)).not.toContain('2026-12-25');
    } finally {
      await december.close();
    }
  });
});
