import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeKeys } from './questionnaire.ts';
import {
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

  it('lists the weakest theme’s sessions first, then the best-fitting levels', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const { sessions } = recommend(input);
        const themeRank = (key: (typeof themeKeys)[number]) => {
          const score = input.profile.themes.find((theme) => theme.key === key)?.score ?? 0;
          return score * themeKeys.length + themeKeys.indexOf(key);
        };
        const fitDistance = (item: (typeof sessions)[number]) => {
          const level = input.profile.themes.find((theme) => theme.key === item.theme)?.level ?? 1;
          return Math.abs(
            workshopLevels.indexOf(item.level) -
              workshopLevels.indexOf(fittingWorkshopLevel(level)),
          );
        };
        sessions.slice(1).forEach((item, index) => {
          const previous = sessions[index];
          if (!previous) throw new Error('séance précédente absente');
          expect(themeRank(previous.theme)).toBeLessThanOrEqual(themeRank(item.theme));
          if (previous.theme === item.theme) {
            expect(fitDistance(previous)).toBeLessThanOrEqual(fitDistance(item));
          }
        });
      }),
    );
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
});
