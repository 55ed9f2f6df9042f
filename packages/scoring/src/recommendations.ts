import {
  levelLabels,
  type MaturityLevel,
  themeNouns,
  type WorkshopLevel,
  workshopLevelLabels,
  workshopLevels,
} from './labels.ts';
import { type ThemeKey, themeKeys } from './questionnaire.ts';
import type { Profile } from './scoring.ts';

export {
  themeNouns,
  type WorkshopLevel,
  workshopLevelLabels,
  workshopLevels,
} from './labels.ts';

export interface SessionInput {
  id: string;
  workshopId: string;
  workshopTitle: string;
  theme: ThemeKey;
  level: WorkshopLevel;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  cancelled: boolean;
}

export interface StopInput {
  id: string;
  chamberId: string;
  departement: string;
  communeName: string;
  /** Local calendar day, 'YYYY-MM-DD'. */
  date: string;
  address: string;
  sessions: SessionInput[];
}

export interface SessionRecommendation {
  sessionId: string;
  theme: ThemeKey;
  level: WorkshopLevel;
  /** One French sentence explaining why this session suits the artisan. */
  reason: string;
  seatsLeft: number;
  /** The session is full: booking puts the artisan on the waiting list. */
  waitlist: boolean;
}

/** Sessions still worth booking: not cancelled and starting after `now`. */
function upcomingSessions<Session extends SessionInput>(
  sessions: readonly Session[],
  now: Date,
): Session[] {
  return sessions.filter(
    (session) => !session.cancelled && session.startsAt.getTime() > now.getTime(),
  );
}

function firstUpcomingStart(stop: StopInput, now: Date): number | null {
  const starts = upcomingSessions(stop.sessions, now).map((session) => session.startsAt.getTime());
  return starts.length === 0 ? null : Math.min(...starts);
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The artisan's next stop: among the chamber's upcoming stops (at least one
 * session left to attend), the earliest in the artisan's département, otherwise
 * the earliest of the chamber; null when the chamber has no upcoming stop.
 */
export function findNextStop<Stop extends StopInput>(input: {
  now: Date;
  chamberId: string;
  departement: string;
  stops: readonly Stop[];
}): Stop | null {
  const upcoming = input.stops
    .filter((stop) => stop.chamberId === input.chamberId)
    .map((stop) => ({ stop, firstStart: firstUpcomingStart(stop, input.now) }))
    .filter((candidate): candidate is { stop: Stop; firstStart: number } => {
      return candidate.firstStart !== null;
    })
    .sort(
      (left, right) =>
        compareText(left.stop.date, right.stop.date) ||
        left.firstStart - right.firstStart ||
        compareText(left.stop.id, right.stop.id),
    )
    .map((candidate) => candidate.stop);
  return upcoming.find((stop) => stop.departement === input.departement) ?? upcoming[0] ?? null;
}

/** The workshop level that suits an artisan's level on a theme. */
export function fittingWorkshopLevel(level: MaturityLevel): WorkshopLevel {
  return level <= 2 ? 'decouverte' : level === 3 ? 'approfondissement' : 'expert';
}

function fitSentence(sessionLevel: WorkshopLevel, fittingLevel: WorkshopLevel): string {
  const gap = workshopLevels.indexOf(sessionLevel) - workshopLevels.indexOf(fittingLevel);
  const workshop = `cet atelier ${workshopLevelLabels[sessionLevel].toLowerCase()}`;
  if (gap === 0) {
    return {
      decouverte: `${workshop} vous donne les bases`,
      approfondissement: `${workshop} vous aide à aller plus loin`,
      expert: `${workshop} vous aide à perfectionner ce que vous faites déjà bien`,
    }[sessionLevel];
  }
  if (gap >= 2) {
    return `${workshop} est nettement plus avancé que votre niveau, mieux vaut commencer par l’atelier découverte`;
  }
  if (gap === 1) {
    return `${workshop} est un peu plus avancé que votre niveau, idéal si vous voulez progresser vite`;
  }
  if (gap === -1) {
    return `${workshop} revient sur des notions que vous connaissez, utile pour consolider vos acquis`;
  }
  return `${workshop} reprend des bases que vous maîtrisez déjà, utile surtout pour former un collaborateur`;
}

/**
 * Sessions of a stop for this profile, best first: weakest theme first (ties in
 * the fixed theme order), then the level that fits the artisan's level on that
 * theme, then start time. Past and cancelled sessions are left out; full ones
 * stay, marked `waitlist`.
 */
export function recommendSessions(input: {
  now: Date;
  profile: Profile;
  stop: StopInput;
}): SessionRecommendation[] {
  const themeRank = new Map<ThemeKey, number>();
  const themeOrder = [...input.profile.themes].sort(
    (left, right) =>
      left.score - right.score || themeKeys.indexOf(left.key) - themeKeys.indexOf(right.key),
  );
  themeOrder.forEach((theme, index) => {
    themeRank.set(theme.key, index);
  });
  const themeProfile = (key: ThemeKey) => {
    const found = input.profile.themes.find((theme) => theme.key === key);
    if (!found) {
      throw new Error(`Le profil ne contient pas le thème ${key}.`);
    }
    return found;
  };

  return upcomingSessions(input.stop.sessions, input.now)
    .map((session) => {
      const theme = themeProfile(session.theme);
      const fittingLevel = fittingWorkshopLevel(theme.level);
      const seatsLeft = Math.max(0, session.capacity - session.confirmedCount);
      return {
        session,
        themeRank: themeRank.get(session.theme) ?? themeKeys.length,
        levelDistance: Math.abs(
          workshopLevels.indexOf(session.level) - workshopLevels.indexOf(fittingLevel),
        ),
        recommendation: {
          sessionId: session.id,
          theme: session.theme,
          level: session.level,
          reason: `Votre score en ${themeNouns[session.theme]} est de ${theme.score}/100 (${levelLabels[theme.level]}) : ${fitSentence(session.level, fittingLevel)}.`,
          seatsLeft,
          waitlist: seatsLeft === 0,
        },
      };
    })
    .sort(
      (left, right) =>
        left.themeRank - right.themeRank ||
        left.levelDistance - right.levelDistance ||
        left.session.startsAt.getTime() - right.session.startsAt.getTime() ||
        compareText(left.session.id, right.session.id),
    )
    .map((ranked) => ranked.recommendation);
}

/**
 * Whether a session may be put forward to this artisan at all: never a workshop two
 * levels above what fits their level on its theme (its own text says to start with the
 * discovery one), nor a discovery workshop on a theme where they are Avancé or Expert.
 */
export function suitsArtisan(level: MaturityLevel, sessionLevel: WorkshopLevel): boolean {
  const gap =
    workshopLevels.indexOf(sessionLevel) - workshopLevels.indexOf(fittingWorkshopLevel(level));
  return gap < 2 && !(sessionLevel === 'decouverte' && level >= 3);
}

/** How many sessions the results put forward before the rest of the day. */
export const BEST_COUNT = 3;

/**
 * The few sessions to put forward, from the ranked list: only suitable ones, never two
 * that overlap (the artisan could not attend both), and one per theme while other themes
 * offer something (an advisor would rather cover the weakest themes than stack one).
 */
export function pickBest(input: {
  profile: Profile;
  stop: StopInput;
  ranked: readonly SessionRecommendation[];
  count?: number;
}): SessionRecommendation[] {
  const count = input.count ?? BEST_COUNT;
  const byId = new Map(input.stop.sessions.map((session) => [session.id, session]));
  const levelOf = new Map(input.profile.themes.map((theme) => [theme.key, theme.level]));
  const suitable = input.ranked.filter((item) => {
    const level = levelOf.get(item.theme);
    return level !== undefined && suitsArtisan(level, item.level);
  });
  const picked: SessionRecommendation[] = [];
  const overlapsPicked = (item: SessionRecommendation) => {
    const session = byId.get(item.sessionId);
    return picked.some((other) => {
      const chosen = byId.get(other.sessionId);
      return (
        session !== undefined &&
        chosen !== undefined &&
        session.startsAt < chosen.endsAt &&
        chosen.startsAt < session.endsAt
      );
    });
  };
  for (const distinctThemes of [true, false]) {
    for (const item of suitable) {
      if (picked.length >= count) break;
      if (picked.includes(item) || overlapsPicked(item)) continue;
      if (distinctThemes && picked.some((other) => other.theme === item.theme)) continue;
      picked.push(item);
    }
  }
  return picked;
}

export type Recommendation<Stop extends StopInput = StopInput> =
  | { stop: Stop; sessions: SessionRecommendation[]; best: SessionRecommendation[] }
  | { stop: null; sessions: []; best: [] };

/** The artisan's next stop, its sessions ranked for their profile, and the best few of them. */
export function recommend<Stop extends StopInput>(input: {
  now: Date;
  chamberId: string;
  departement: string;
  profile: Profile;
  stops: readonly Stop[];
}): Recommendation<Stop> {
  const stop = findNextStop(input);
  if (stop === null) {
    return { stop: null, sessions: [], best: [] };
  }
  const sessions = recommendSessions({ now: input.now, profile: input.profile, stop });
  return { stop, sessions, best: pickBest({ profile: input.profile, stop, ranked: sessions }) };
}
