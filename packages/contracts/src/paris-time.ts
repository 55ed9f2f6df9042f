// The van runs on French wall-clock time, wherever the server or the browser
// is: calendar days and hours are shown and entered in Europe/Paris, instants
// travel in ISO 8601 and are stored in UTC. No import with side effects: the
// web app loads this file on its own (`@capnum/contracts/paris-time`).

const TIME_ZONE = 'Europe/Paris';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type WallClock = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;

function wallClockParts(instant: Date | string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as WallClock;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** 'YYYY-MM-DD', the calendar day in Paris at this instant. */
export function parisDate(instant: Date | string): string {
  const { year, month, day } = wallClockParts(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** 'HH:MM' in Paris at this instant, the value of an `<input type="time">`. */
export function parisTime(instant: Date | string): string {
  const { hour, minute } = wallClockParts(instant);
  return `${pad(hour)}:${pad(minute)}`;
}

/** Offset of Paris from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(instant: number): number {
  const { year, month, day, hour, minute, second } = wallClockParts(new Date(instant));
  return Date.UTC(year, month - 1, day, hour, minute, second) - Math.floor(instant / 1000) * 1000;
}

/** The instant at which Paris clocks show this day ('YYYY-MM-DD') and time ('HH:MM'). */
export function parisInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset, including on the days the clocks change.
  let instant = wall - parisOffset(wall);
  instant = wall - parisOffset(instant);
  return new Date(instant);
}

/**
 * The same instant written with its Paris offset ('2026-12-17T09:30:00+01:00'),
 * which is what a form sends to the API.
 */
export function parisInstantText(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsetMinutes = (wall - parisInstant(date, time).getTime()) / 60_000;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${date}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

/** A calendar day plus a number of days, 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** 0 Sunday … 6 Saturday, for a calendar day. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/**
 * The Paris time of an instant as French text writes it: '9 h 30', and '11 h'
 * on the hour; e-mails keep the minutes ('11 h 00') so that times line up.
 */
export function frenchTime(
  instant: Date | string,
  options: { minutes: 'when-needed' | 'always' } = { minutes: 'when-needed' },
): string {
  const { hour, minute } = wallClockParts(instant);
  return minute === 0 && options.minutes === 'when-needed'
    ? `${hour} h`
    : `${hour} h ${pad(minute)}`;
}

/** '9 h 30 – 11 h'. */
export function frenchTimeRange(startsAt: Date | string, endsAt: Date | string): string {
  return `${frenchTime(startsAt)} – ${frenchTime(endsAt)}`;
}

const calendarDay = (date: string) => new Date(`${date}T12:00:00Z`);
const dayWithoutYear = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const dayWithYear = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** 'mardi 26 mai 2026', for a calendar day (e-mails, calendar files, printed pages). */
export function frenchLongDate(date: string): string {
  return dayWithYear.format(calendarDay(date));
}

/**
 * 'jeudi 17 décembre' for a calendar day; the year is added when it is not
 * the current one ('mardi 5 janvier 2027').
 */
export function frenchDate(date: string, now: Date = new Date()): string {
  const sameYear = date.slice(0, 4) === parisDate(now).slice(0, 4);
  return (sameYear ? dayWithoutYear : dayWithYear).format(calendarDay(date));
}

/** '17/12/2026', for tables. */
export function frenchShortDate(date: string): string {
  return shortDate.format(calendarDay(date));
}
