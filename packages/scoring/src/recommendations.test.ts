import { describe, expect, it } from 'vitest';
import { levelFor } from './levels.ts';
import type { ThemeKey } from './questionnaire.ts';
import {
  findNextStop,
  fittingWorkshopLevel,
  pickBest,
  recommend,
  recommendSessions,
  type SessionInput,
  type StopInput,
  suitsArtisan,
  themeNouns,
  type WorkshopLevel,
  workshopLevelLabels,
} from './recommendations.ts';
import type { Profile } from './scoring.ts';

function session(
  id: string,
  theme: ThemeKey,
  level: WorkshopLevel,
  startsAt: string,
  extra: Partial<SessionInput> = {},
): SessionInput {
  const start = new Date(startsAt);
  return {
    id,
    workshopId: `${theme}-${level}`,
    workshopTitle: `Atelier ${theme} ${level}`,
    theme,
    level,
    startsAt: start,
    endsAt: new Date(start.getTime() + 90 * 60_000),
    capacity: 10,
    confirmedCount: 0,
    cancelled: false,
    ...extra,
  };
}

function stop(
  id: string,
  departement: string,
  date: string,
  sessions: SessionInput[],
  chamberId = 'cma-bfc',
): StopInput {
  return {
    id,
    chamberId,
    departement,
    communeName: id,
    date,
    address: `Place du marché, ${id}`,
    sessions,
  };
}

function profileWith(scores: Record<ThemeKey, number>): Profile {
  const themes = (Object.keys(scores) as ThemeKey[]).map((key) => ({
    key,
    score: scores[key],
    level: levelFor(scores[key]).level,
    answered: 6,
    unknown: 0,
  }));
  return { overall: { score: 50, level: 2 }, themes, priorities: [], actions: [] };
}

const now = new Date('2026-05-02T09:00:00Z');

const auxerre = stop('auxerre', '89', '2026-05-03', [
  session('aux-vis-dec', 'visibility', 'decouverte', '2026-05-03T09:00:00Z', {
    confirmedCount: 3,
  }),
  session('aux-ref-dec', 'referencing', 'decouverte', '2026-05-03T10:30:00Z', {
    confirmedCount: 10,
  }),
  session('aux-ref-app', 'referencing', 'approfondissement', '2026-05-03T09:00:00Z', {
    capacity: 8,
    confirmedCount: 2,
  }),
  session('aux-ref-exp', 'referencing', 'expert', '2026-05-03T14:00:00Z'),
  session('aux-con-dec', 'content', 'decouverte', '2026-05-03T09:00:00Z', { cancelled: true }),
  session('aux-con-exp', 'content', 'expert', '2026-05-03T11:00:00Z', {
    confirmedCount: 12,
  }),
  session('aux-soc-app', 'social', 'approfondissement', '2026-05-03T16:00:00Z'),
]);
const nevers = stop('nevers', '58', '2026-05-04', [
  session('nev-vis-dec', 'visibility', 'decouverte', '2026-05-04T09:00:00Z'),
]);
const dijon = stop('dijon', '21', '2026-09-10', [
  session('dij-ref-dec', 'referencing', 'decouverte', '2026-09-10T09:00:00Z'),
]);
const sensPast = stop('sens', '89', '2026-04-20', [
  session('sens-vis-dec', 'visibility', 'decouverte', '2026-04-20T09:00:00Z'),
]);
const joignyToday = stop('joigny', '89', '2026-05-02', [
  session('joi-vis-dec', 'visibility', 'decouverte', '2026-05-02T07:00:00Z'),
  session('joi-ref-dec', 'referencing', 'decouverte', '2026-05-02T14:00:00Z', {
    cancelled: true,
  }),
]);
const otherChamber = stop(
  'besancon',
  '89',
  '2026-05-02',
  [session('bes-vis-dec', 'visibility', 'decouverte', '2026-05-02T14:00:00Z')],
  'cma-autre',
);
const stops = [dijon, nevers, auxerre, sensPast, joignyToday, otherChamber];

const profile = profileWith({ visibility: 40, referencing: 22, content: 60, social: 80 });

describe('findNextStop', () => {
  it('picks the earliest upcoming stop of the chamber in the artisan’s département', () => {
    // Sens is past, Joigny has nothing left to attend, Besançon belongs to another chamber.
    expect(findNextStop({ now, chamberId: 'cma-bfc', departement: '89', stops })).toBe(auxerre);
    expect(findNextStop({ now, chamberId: 'cma-bfc', departement: '58', stops })).toBe(nevers);
  });

  it('prefers a stop in the département over an earlier one elsewhere', () => {
    expect(findNextStop({ now, chamberId: 'cma-bfc', departement: '21', stops })).toBe(dijon);
  });

  it('falls back to the earliest stop of the chamber', () => {
    expect(findNextStop({ now, chamberId: 'cma-bfc', departement: '25', stops })).toBe(auxerre);
    const afterAuxerre = new Date('2026-05-03T17:00:00Z');
    expect(
      findNextStop({ now: afterAuxerre, chamberId: 'cma-bfc', departement: '89', stops }),
    ).toBe(nevers);
  });

  it('counts a stop of today as upcoming while one of its sessions is still to come', () => {
    const later = stop('auxerre-today', '89', '2026-05-02', [
      session('late', 'social', 'expert', '2026-05-02T15:00:00Z'),
    ]);
    expect(
      findNextStop({ now, chamberId: 'cma-bfc', departement: '89', stops: [...stops, later] }),
    ).toBe(later);
  });

  it('orders stops of the same day by their first session', () => {
    const morning = stop('morning', '89', '2026-05-03', [
      session('morning-1', 'social', 'expert', '2026-05-03T08:00:00Z'),
    ]);
    expect(
      findNextStop({ now, chamberId: 'cma-bfc', departement: '89', stops: [auxerre, morning] }),
    ).toBe(morning);
  });

  it('returns null when the chamber has no upcoming stop', () => {
    expect(findNextStop({ now, chamberId: 'cma-vide', departement: '89', stops })).toBeNull();
    expect(
      findNextStop({
        now: new Date('2026-12-01T00:00:00Z'),
        chamberId: 'cma-bfc',
        departement: '89',
        stops,
      }),
    ).toBeNull();
  });
});

describe('pickBest', () => {
  it('puts forward three that fit and can all be attended, one per theme', () => {
    const ranked = recommendSessions({ now, profile, stop: auxerre });
    // Référencement expert is two levels above a Débutant; contenu expert overlaps the
    // référencement découverte picked first; the second référencement one repeats a theme.
    expect(pickBest({ profile, stop: auxerre, ranked }).map((item) => item.sessionId)).toEqual([
      'aux-ref-dec',
      'aux-vis-dec',
      'aux-soc-app',
    ]);
    expect(
      recommend({ now, chamberId: 'cma-bfc', departement: '89', profile, stops }).best,
    ).toEqual(pickBest({ profile, stop: auxerre, ranked }));
  });

  it('never offers a discovery workshop on a theme where the artisan is Avancé or Expert', () => {
    expect(suitsArtisan(3, 'decouverte')).toBe(false);
    expect(suitsArtisan(4, 'decouverte')).toBe(false);
    expect(suitsArtisan(1, 'expert')).toBe(false);
    expect(suitsArtisan(2, 'expert')).toBe(false);
    expect(suitsArtisan(2, 'approfondissement')).toBe(true);
    expect(suitsArtisan(4, 'approfondissement')).toBe(true);
    expect(suitsArtisan(3, 'expert')).toBe(true);
  });

  it('repeats a theme only when no other theme offers a session that fits', () => {
    const weak = profileWith({ visibility: 10, referencing: 90, content: 90, social: 90 });
    const onlyVisibility = stop('x', '89', '2026-05-03', [
      session('v1', 'visibility', 'decouverte', '2026-05-03T09:00:00Z'),
      session('v2', 'visibility', 'approfondissement', '2026-05-03T11:00:00Z'),
      session('r1', 'referencing', 'decouverte', '2026-05-03T14:00:00Z'),
    ]);
    const ranked = recommendSessions({ now, profile: weak, stop: onlyVisibility });
    expect(
      pickBest({ profile: weak, stop: onlyVisibility, ranked }).map((item) => item.sessionId),
    ).toEqual(['v1', 'v2']);
  });
});

describe('recommendSessions', () => {
  it('ranks by weakest theme, then level fit, then start time, with a reason each', () => {
    expect(recommendSessions({ now, profile, stop: auxerre })).toEqual([
      {
        sessionId: 'aux-ref-dec',
        theme: 'referencing',
        level: 'decouverte',
        reason:
          'Votre score en référencement est de 22/100 (Débutant) : cet atelier découverte vous donne les bases.',
        seatsLeft: 0,
        waitlist: true,
      },
      {
        sessionId: 'aux-ref-app',
        theme: 'referencing',
        level: 'approfondissement',
        reason:
          'Votre score en référencement est de 22/100 (Débutant) : cet atelier approfondissement est un peu plus avancé que votre niveau, idéal si vous voulez progresser vite.',
        seatsLeft: 6,
        waitlist: false,
      },
      {
        sessionId: 'aux-ref-exp',
        theme: 'referencing',
        level: 'expert',
        reason:
          'Votre score en référencement est de 22/100 (Débutant) : cet atelier expert est nettement plus avancé que votre niveau, mieux vaut commencer par l’atelier découverte.',
        seatsLeft: 10,
        waitlist: false,
      },
      {
        sessionId: 'aux-vis-dec',
        theme: 'visibility',
        level: 'decouverte',
        reason:
          'Votre score en visibilité est de 40/100 (Initié) : cet atelier découverte vous donne les bases.',
        seatsLeft: 7,
        waitlist: false,
      },
      {
        sessionId: 'aux-con-exp',
        theme: 'content',
        level: 'expert',
        reason:
          'Votre score en création de contenu est de 60/100 (Avancé) : cet atelier expert est un peu plus avancé que votre niveau, idéal si vous voulez progresser vite.',
        // 12 confirmed for 10 seats: never a negative count.
        seatsLeft: 0,
        waitlist: true,
      },
      {
        sessionId: 'aux-soc-app',
        theme: 'social',
        level: 'approfondissement',
        reason:
          'Votre score en réseaux sociaux est de 80/100 (Expert) : cet atelier approfondissement revient sur des notions que vous connaissez, utile pour consolider vos acquis.',
        seatsLeft: 10,
        waitlist: false,
      },
    ]);
  });

  it('words the reason for every fit', () => {
    const reasonFor = (score: number, level: WorkshopLevel) =>
      recommendSessions({
        now,
        profile: profileWith({ visibility: score, referencing: 0, content: 0, social: 0 }),
        stop: stop('x', '89', '2026-05-03', [
          session('s', 'visibility', level, '2026-05-03T09:00:00Z'),
        ]),
      })[0]?.reason;
    expect(reasonFor(60, 'approfondissement')).toBe(
      'Votre score en visibilité est de 60/100 (Avancé) : cet atelier approfondissement vous aide à aller plus loin.',
    );
    expect(reasonFor(90, 'expert')).toBe(
      'Votre score en visibilité est de 90/100 (Expert) : cet atelier expert vous aide à perfectionner ce que vous faites déjà bien.',
    );
    expect(reasonFor(90, 'decouverte')).toBe(
      'Votre score en visibilité est de 90/100 (Expert) : cet atelier découverte reprend des bases que vous maîtrisez déjà, utile surtout pour former un collaborateur.',
    );
    expect(reasonFor(30, 'decouverte')).toBe(
      'Votre score en visibilité est de 30/100 (Initié) : cet atelier découverte vous donne les bases.',
    );
  });

  it('breaks theme score ties in the fixed theme order, then by start time and id', () => {
    const tied = profileWith({ visibility: 10, referencing: 10, content: 10, social: 10 });
    const sessions = [
      session('b', 'social', 'decouverte', '2026-05-03T09:00:00Z'),
      session('a', 'social', 'decouverte', '2026-05-03T09:00:00Z'),
      session('c', 'content', 'decouverte', '2026-05-03T11:00:00Z'),
      session('d', 'visibility', 'decouverte', '2026-05-03T16:00:00Z'),
      session('e', 'visibility', 'decouverte', '2026-05-03T10:00:00Z'),
    ];
    expect(
      recommendSessions({ now, profile: tied, stop: stop('x', '89', '2026-05-03', sessions) }).map(
        (item) => item.sessionId,
      ),
    ).toEqual(['e', 'd', 'c', 'a', 'b']);
  });

  it('leaves out sessions that have started', () => {
    const startedNow = stop('x', '89', '2026-05-02', [
      session('started', 'visibility', 'decouverte', now.toISOString()),
      session('soon', 'visibility', 'decouverte', '2026-05-02T09:01:00Z'),
    ]);
    expect(
      recommendSessions({ now, profile, stop: startedNow }).map((item) => item.sessionId),
    ).toEqual(['soon']);
  });
});

describe('recommend', () => {
  it('combines the next stop and its ranked sessions', () => {
    const result = recommend({ now, chamberId: 'cma-bfc', departement: '58', profile, stops });
    expect(result.stop).toBe(nevers);
    expect(result.sessions.map((item) => item.sessionId)).toEqual(['nev-vis-dec']);
  });

  it('returns no stop and no session when the chamber has nothing upcoming', () => {
    expect(
      recommend({ now, chamberId: 'cma-autre', departement: '89', profile, stops: [sensPast] }),
    ).toEqual({ stop: null, sessions: [], best: [] });
  });
});

describe('labels', () => {
  it('maps levels to workshops and names them in French', () => {
    expect([1, 2, 3, 4].map((level) => fittingWorkshopLevel(level as 1 | 2 | 3 | 4))).toEqual([
      'decouverte',
      'decouverte',
      'approfondissement',
      'expert',
    ]);
    expect(workshopLevelLabels).toEqual({
      decouverte: 'Découverte',
      approfondissement: 'Approfondissement',
      expert: 'Expert',
    });
    expect(themeNouns).toEqual({
      visibility: 'visibilité',
      referencing: 'référencement',
      content: 'création de contenu',
      social: 'réseaux sociaux',
    });
  });
});
