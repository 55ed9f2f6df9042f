// The van runs on French wall-clock time: calendar days and opening hours are
// Europe/Paris, instants are stored in UTC. Node ships the time-zone data (ICU).

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

function wallClockParts(instant: Date) {
  const parts: Record<string, number> = {};
  for (const part of wallClock.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The calendar day in Paris at this instant, 'YYYY-MM-DD'. */
export function parisDate(instant: Date): string {
  const { year, month, day } = wallClockParts(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The wall-clock time in Paris at this instant, 'HH:MM'. */
export function parisTime(instant: Date): string {
  const { hour, minute } = wallClockParts(instant);
  return `${pad(hour)}:${pad(minute)}`;
}

/** Paris offset from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(instant: Date): number {
  const { year, month, day, hour, minute, second } = wallClockParts(instant);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant at which Paris clocks show this day and time ('YYYY-MM-DD', 'HH:MM'). */
export function parisInstant(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset, including on the days the clocks change.
  let instant = wall - parisOffset(new Date(wall));
  instant = wall - parisOffset(new Date(instant));
  return new Date(instant);
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

const longDate = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** 'mardi 26 mai 2026', for a calendar day (e-mails, calendar files). */
export function frenchLongDate(date: string): string {
  return longDate.format(new Date(`${date}T12:00:00Z`));
}

/** '9 h 00', the Paris time of an instant as French text writes it. */
export function frenchTime(instant: Date): string {
  const { hour, minute } = wallClockParts(instant);
  return `${hour} h ${pad(minute)}`;
}
