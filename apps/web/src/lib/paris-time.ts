// The van runs on French wall-clock time, wherever the browser is: calendar
// days and hours are shown and entered in Europe/Paris, instants travel in ISO 8601.

const TIME_ZONE = 'Europe/Paris';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClockParts(instant: Date) {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** 'YYYY-MM-DD', the calendar day in Paris at this instant. */
export function parisDate(instant: Date | string): string {
  const { year, month, day } = wallClockParts(new Date(instant));
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** 'HH:MM' in Paris at this instant, the value of an `<input type="time">`. */
export function parisTimeInput(instant: Date | string): string {
  const { hour, minute } = wallClockParts(new Date(instant));
  return `${pad(hour)}:${pad(minute)}`;
}

/** '9 h 30', '11 h': the Paris time of an instant as French text writes it. */
export function frenchTime(instant: Date | string): string {
  const { hour, minute } = wallClockParts(new Date(instant));
  return minute === 0 ? `${hour} h` : `${hour} h ${pad(minute)}`;
}

/** '9 h 30 – 11 h'. */
export function frenchTimeRange(startsAt: string, endsAt: string): string {
  return `${frenchTime(startsAt)} – ${frenchTime(endsAt)}`;
}

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

/**
 * 'jeudi 17 décembre' for a calendar day ('YYYY-MM-DD'); the year is added when
 * it is not the current one ('mardi 5 janvier 2027').
 */
export function frenchDate(date: string, now: Date = new Date()): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const sameYear = date.slice(0, 4) === parisDate(now).slice(0, 4);
  return (sameYear ? dayWithoutYear : dayWithYear).format(noon);
}

const shortDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** '17/12/2026', for tables. */
export function frenchShortDate(date: string): string {
  return shortDate.format(new Date(`${date}T12:00:00Z`));
}

/** Offset of Paris from UTC at this instant, in milliseconds. */
function parisOffset(instant: number): number {
  const { year, month, day, hour, minute } = wallClockParts(new Date(instant));
  const flooredToMinute = Math.floor(instant / 60_000) * 60_000;
  return Date.UTC(year, month - 1, day, hour, minute) - flooredToMinute;
}

/**
 * The instant at which Paris clocks show this day and time, as ISO 8601 with
 * its offset ('2026-12-17T09:30:00+01:00'), which is what the API accepts.
 */
export function parisInstant(date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset, including on the days the clocks change.
  let instant = wall - parisOffset(wall);
  instant = wall - parisOffset(instant);
  const offsetMinutes = (wall - instant) / 60_000;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${date}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
