import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeKeys } from './questionnaire.ts';
import {
  BEST_COUNT,
  fittingWorkshopLevel,
  recommend,
  type StopInput,
  workshopLevels,
} from './recommendations.ts';
import { nowArbitrary, profileArbitrary, stopsArbitrary } from './test-arbitraries.ts';

const inputs = fc.record({
  now: nowArbitrary,
  chamberId: fc.constantFrom('cma-bfc', 'cma-autre', 'cma-vide'),
  departement: fc.constantFrom('21', '58', '89', '25'),
  profile: profileArbitrary,
  stops: stopsArbitrary,
});

function isUpcoming(stop: StopInput, now: Date): boolean {
  return stop.sessions.some((session) => !session.cancelled && session.startsAt > now);
}

describe('recommendation properties', () => {
  it('never recommends a past or cancelled session, and hides no upcoming one', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { stop, sessions } = recommend(input);
        if (stop === null) return;
        const upcoming = stop.sessions.filter(
          (session) => !session.cancelled && session.startsAt > input.now,
        );
        expect(sessions.map((item) => item.sessionId).sort()).toEqual(
          upcoming.map((session) => session.id).sort(),
        );
      }),
    );
  });

  it('marks full sessions as waitlist instead of hiding them', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { stop, sessions } = recommend(input);
        for (const item of sessions) {
          const source = stop?.sessions.find((session) => session.id === item.sessionId);
          if (!source) throw new Error(`séance ${item.sessionId} inconnue`);
          expect(item.seatsLeft).toBe(Math.max(0, source.capacity - source.confirmedCount));
          expect(item.waitlist).toBe(source.confirmedCount >= source.capacity);
        }
      }),
    );
  });

  it('only ever picks an upcoming stop of the artisan’s chamber, if there is one', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { stop } = recommend(input);
        const candidates = input.stops.filter(
          (candidate) =>
            candidate.chamberId === input.chamberId && isUpcoming(candidate, input.now),
        );
        if (candidates.length === 0) {
          expect(stop).toBeNull();
          return;
        }
        expect(stop).not.toBeNull();
        expect(stop?.chamberId).toBe(input.chamberId);
        expect(candidates).toContain(stop);
      }),
    );
  });

  it('prefers the earliest stop in the artisan’s département over any stop elsewhere', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { stop } = recommend(input);
        const candidates = input.stops.filter(
          (candidate) =>
            candidate.chamberId === input.chamberId && isUpcoming(candidate, input.now),
        );
        const local = candidates.filter((candidate) => candidate.departement === input.departement);
        const pool = local.length > 0 ? local : candidates;
        if (stop === null) return;
        expect(stop.departement === input.departement).toBe(local.length > 0);
        for (const other of pool) {
          expect(stop.date <= other.date).toBe(true);
        }
      }),
    );
  });

  it('lists the weakest theme’s sessions first, then the best-fitting levels, then the earliest', () => {
    // Written out from DESIGN (Débutant/Initié → découverte, Avancé → approfondissement, Expert → expert).
    const fittingIndex = { 1: 0, 2: 0, 3: 1, 4: 2 } as const;
    let comparedWithinTheme = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const { stop, sessions } = recommend(input);
        const themeOf = (key: (typeof themeKeys)[number]) => {
          const theme = input.profile.themes.find((candidate) => candidate.key === key);
          if (!theme) throw new Error(`thème ${key} absent du profil`);
          return theme;
        };
        const themeRank = (key: (typeof themeKeys)[number]) =>
          themeOf(key).score * themeKeys.length + themeKeys.indexOf(key);
        const fitDistance = (item: (typeof sessions)[number]) =>
          Math.abs(workshopLevels.indexOf(item.level) - fittingIndex[themeOf(item.theme).level]);
        const startOf = (item: (typeof sessions)[number]) => {
          const session = stop?.sessions.find((candidate) => candidate.id === item.sessionId);
          if (!session) throw new Error(`séance ${item.sessionId} inconnue`);
          return session.startsAt.getTime();
        };
        sessions.slice(1).forEach((item, index) => {
          const previous = sessions[index];
          if (!previous) throw new Error('séance précédente absente');
          expect(themeRank(previous.theme)).toBeLessThanOrEqual(themeRank(item.theme));
          if (previous.theme !== item.theme) return;
          comparedWithinTheme += 1;
          expect(fitDistance(previous)).toBeLessThanOrEqual(fitDistance(item));
          if (fitDistance(previous) === fitDistance(item)) {
            expect(startOf(previous)).toBeLessThanOrEqual(startOf(item));
          }
        });
      }),
      // Sessions of one theme at the chosen stop are not that common: give them more draws.
      { numRuns: 300 },
    );
    // Guards against generators that stop producing rankings worth checking (100 to 175 seen).
    expect(comparedWithinTheme).toBeGreaterThan(30);
  });

  it('does not depend on the order of stops and sessions', () => {
    fc.assert(
      fc.property(
        inputs.chain((input) =>
          fc.record({
            input: fc.constant(input),
            reversed: fc.constant({
              ...input,
              stops: [...input.stops]
                .reverse()
                .map((stop) => ({ ...stop, sessions: [...stop.sessions].reverse() })),
            }),
          }),
        ),
        ({ input, reversed }) => {
          const first = recommend(input);
          const second = recommend(reversed);
          expect(second.stop?.id ?? null).toBe(first.stop?.id ?? null);
          expect(second.sessions).toEqual(first.sessions);
        },
      ),
    );
  });

  it('puts forward at most three, never one two levels too high nor a needless discovery, never two that overlap', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { stop, sessions, best } = recommend(input);
        expect(best.length).toBeLessThanOrEqual(BEST_COUNT);
        if (stop === null) {
          expect(best).toEqual([]);
          return;
        }
        for (const item of best) {
          expect(sessions).toContain(item);
          const level = input.profile.themes.find((theme) => theme.key === item.theme)?.level ?? 1;
          const gap =
            workshopLevels.indexOf(item.level) -
            workshopLevels.indexOf(fittingWorkshopLevel(level));
          expect(gap).toBeLessThan(2);
          if (item.level === 'decouverte') expect(level).toBeLessThan(3);
        }
        const times = best.map((item) => {
          const source = stop.sessions.find((session) => session.id === item.sessionId);
          if (!source) throw new Error(`séance ${item.sessionId} inconnue`);
          return source;
        });
        for (const [index, left] of times.entries()) {
          for (const right of times.slice(index + 1)) {
            expect(left.startsAt < right.endsAt && right.startsAt < left.endsAt).toBe(false);
          }
        }
      }),
    );
  });
});
