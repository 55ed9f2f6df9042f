import { createRequire } from 'node:module';
import { addDays, dayOfWeek } from '@capnum/contracts/paris-time';

/** @socialgouv/jours-feries (CommonJS, no types): the public holidays of a year, by name. */
const getJoursFeries: (year: number, options?: { alsace?: boolean }) => Record<string, Date> =
  createRequire(import.meta.url)('@socialgouv/jours-feries');

/** Alsace-Moselle keeps two more public holidays (Vendredi saint, Saint-Étienne). */
const ALSACE_MOSELLE = new Set(['57', '67', '68']);

/** 'YYYY-MM-DD' of a date built from local calendar fields (as the holiday library builds them). */
function calendarDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The public holidays of a year for a département, as 'YYYY-MM-DD'. */
export function publicHolidays(year: number, departement: string): Set<string> {
  const holidays = getJoursFeries(year, { alsace: ALSACE_MOSELLE.has(departement) });
  return new Set(Object.values(holidays).map(calendarDay));
}

/** Whether the van can run that day there: not a Saturday, a Sunday nor a public holiday. */
export function isWorkingDay(date: string, departement: string): boolean {
  const weekday = dayOfWeek(date);
  if (weekday === 0 || weekday === 6) return false;
  return !publicHolidays(Number(date.slice(0, 4)), departement).has(date);
}

/** The day itself if the van can run, else the next day it can. */
export function nextWorkingDay(date: string, departement: string): string {
  let day = date;
  while (!isWorkingDay(day, departement)) day = addDays(day, 1);
  return day;
}
