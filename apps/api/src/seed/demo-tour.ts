import { addDays, dayOfWeek, parisDate, parisInstant } from '@capnum/contracts/paris-time';
import type { Executor } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import { findCommune } from '../modules/communes/commune-directory.ts';
import { nextWorkingDay } from './working-days.ts';
import { workshopCatalogue } from './workshop-catalogue.ts';

/** Gives a chamber the 12 workshops of the catalogue; existing keys are left alone. */
export async function ensureWorkshopCatalogue(db: Executor, chamberId: string): Promise<void> {
  await db
    .insertInto('workshops')
    .values(
      workshopCatalogue.map((workshop) => ({
        chamber_id: chamberId,
        key: workshop.key,
        theme: workshop.theme,
        level: workshop.level,
        title: workshop.title,
        description: workshop.description,
        duration_minutes: workshop.durationMinutes,
      })),
    )
    .onConflict((conflict) => conflict.columns(['chamber_id', 'key']).doNothing())
    .execute();
}

/** A session of a day: Paris start time, catalogue key, seats. Ends after the workshop's duration. */
type Slot = readonly [start: string, workshopKey: string, capacity: number];

// A van day runs 9:00–17:30 with two spaces (the van and a marquee) at most in use at once.
const dayTemplates: readonly (readonly Slot[])[] = [
  [
    ['09:00', 'visibility-decouverte', 15],
    ['09:30', 'referencing-decouverte', 12],
    ['10:30', 'content-decouverte', 12],
    ['11:00', 'social-approfondissement', 12],
    ['14:00', 'visibility-approfondissement', 12],
    ['14:00', 'referencing-approfondissement', 12],
    ['15:30', 'content-expert', 8],
    ['16:30', 'social-decouverte', 15],
  ],
  [
    ['09:00', 'social-decouverte', 12],
    ['10:00', 'content-approfondissement', 12],
    ['11:00', 'referencing-decouverte', 12],
    ['14:00', 'visibility-decouverte', 15],
    ['14:30', 'referencing-expert', 8],
    ['15:30', 'social-expert', 8],
  ],
  [
    ['09:00', 'referencing-decouverte', 12],
    ['09:00', 'visibility-expert', 8],
    ['10:30', 'social-decouverte', 12],
    ['11:00', 'content-decouverte', 15],
    ['14:00', 'referencing-approfondissement', 12],
    ['14:00', 'social-approfondissement', 12],
    ['16:30', 'visibility-decouverte', 12],
  ],
  [
    ['09:30', 'visibility-decouverte', 12],
    ['11:00', 'content-approfondissement', 12],
    ['14:00', 'social-decouverte', 12],
    ['14:00', 'referencing-decouverte', 15],
    ['15:30', 'content-expert', 8],
  ],
];

interface DemoStop {
  communeCode: string;
  address: string;
  /** Days after the tour's first day (a Tuesday about three weeks from now). */
  dayOffset: number;
}

interface DemoTour {
  chamber: 'bfc' | 'grandEst';
  name: string;
  stops: DemoStop[];
}

/** Roughly four months after the first day of the tour. */
const FOUR_MONTHS = 119;

export const demoTours: readonly DemoTour[] = [
  {
    chamber: 'bfc',
    name: 'Le van numérique dans l’Yonne et la Nièvre',
    stops: [
      { communeCode: '89024', address: 'Place de l’Arquebuse', dayOffset: 0 },
      { communeCode: '89387', address: 'Place de la République', dayOffset: 1 },
      { communeCode: '58194', address: 'Place Carnot', dayOffset: 2 },
      { communeCode: '58086', address: 'Place de la Pêcherie', dayOffset: 3 },
    ],
  },
  {
    chamber: 'bfc',
    name: 'Le van numérique en Franche-Comté et en Saône-et-Loire',
    stops: [
      { communeCode: '25056', address: 'Place de la Révolution', dayOffset: 14 },
      { communeCode: '39300', address: 'Place de la Liberté', dayOffset: 15 },
      { communeCode: '71076', address: 'Place de l’Hôtel-de-Ville', dayOffset: 16 },
      { communeCode: '70550', address: 'Place de la République', dayOffset: 28 },
      { communeCode: '90010', address: 'Place d’Armes', dayOffset: 29 },
    ],
  },
  {
    chamber: 'bfc',
    name: 'Le van numérique en Côte-d’Or',
    stops: [{ communeCode: '21231', address: 'Place Darcy', dayOffset: FOUR_MONTHS }],
  },
  {
    chamber: 'grandEst',
    name: 'Le van numérique en Champagne et en Lorraine',
    stops: [
      { communeCode: '51454', address: 'Place Drouet-d’Erlon', dayOffset: 7 },
      { communeCode: '54395', address: 'Place Charles-III', dayOffset: 8 },
    ],
  },
];

/** The tour's first day: the first Tuesday at least 19 days after today (Paris). */
export function demoTourStart(now: Date): string {
  let day = addDays(parisDate(now), 19);
  while (dayOfWeek(day) !== 2) day = addDays(day, 1);
  return day;
}

/**
 * The demo van tours, dated from `clock.now()`: four days in the Yonne and the
 * Nièvre from Auxerre about three weeks ahead, the other départements of
 * Bourgogne-Franche-Comté after, Dijon about four months later, and a small
 * Grand Est tour to show that chambers never see each other's stops.
 * Idempotent: a tour whose name already exists in its chamber is left as it is. Run it in a
 * transaction (seedDemo does) so that a tour never exists without its stops.
 */
export async function seedDemoTour(
  db: Executor,
  clock: Clock,
  chambers: { bfc: string; grandEst: string },
): Promise<void> {
  for (const chamberId of Object.values(chambers)) await ensureWorkshopCatalogue(db, chamberId);
  const start = demoTourStart(clock.now());
  let templateIndex = 0;
  for (const tour of demoTours) {
    const chamberId = chambers[tour.chamber];
    const created = await db
      .insertInto('tours')
      .values({ chamber_id: chamberId, name: tour.name })
      .onConflict((conflict) => conflict.columns(['chamber_id', 'name']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!created) continue;
    const workshops = await db
      .selectFrom('workshops')
      .select(['id', 'key', 'duration_minutes'])
      .where('chamber_id', '=', chamberId)
      .execute();
    let previousDate = '';
    for (const stop of tour.stops) {
      const commune = findCommune(stop.communeCode);
      if (!commune) throw new Error(`demo commune ${stop.communeCode} unknown`);
      // Never a weekend nor a public holiday there, and never two stops of a tour the same day.
      const planned = addDays(start, stop.dayOffset);
      const date = nextWorkingDay(
        planned > previousDate ? planned : addDays(previousDate, 1),
        commune.departement,
      );
      previousDate = date;
      const { id: stopId } = await db
        .insertInto('stops')
        .values({
          tour_id: created.id,
          chamber_id: chamberId,
          commune_code: commune.code,
          commune_name: commune.name,
          departement: commune.departement,
          date,
          address: stop.address,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const template = dayTemplates[templateIndex % dayTemplates.length] as readonly Slot[];
      templateIndex += 1;
      await db
        .insertInto('sessions')
        .values(
          template.map(([time, key, capacity]) => {
            const workshop = workshops.find((candidate) => candidate.key === key);
            if (!workshop) throw new Error(`demo workshop ${key} missing`);
            const startsAt = parisInstant(date, time);
            return {
              stop_id: stopId,
              chamber_id: chamberId,
              workshop_id: workshop.id,
              starts_at: startsAt,
              ends_at: new Date(startsAt.getTime() + workshop.duration_minutes * 60_000),
              capacity,
            };
          }),
        )
        .execute();
    }
  }
}
