import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  frenchDate,
  frenchLongDate,
  frenchShortDate,
  frenchTime,
  frenchTimeRange,
  parisDate,
  parisInstant,
  parisInstantText,
  parisTime,
} from './paris-time.ts';

describe('Paris wall-clock time', () => {
  it('turns a Paris day and time into the UTC instant, in winter and in summer', () => {
    expect(parisInstant('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(parisInstant('2026-05-26', '09:00').toISOString()).toBe('2026-05-26T07:00:00.000Z');
    expect(parisInstant('2026-12-31', '23:30').toISOString()).toBe('2026-12-31T22:30:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00.
    expect(parisInstant('2026-03-29', '01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parisInstant('2026-03-29', '09:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    // 25 October 2026: 03:00 becomes 02:00.
    expect(parisInstant('2026-10-25', '09:00').toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(parisTime(parisInstant('2026-10-25', '09:00'))).toBe('09:00');
  });

  it('gives the Paris calendar day of an instant, which is not the UTC day around midnight', () => {
    expect(parisDate(new Date('2026-05-01T21:59:00Z'))).toBe('2026-05-01');
    expect(parisDate(new Date('2026-05-01T22:00:00Z'))).toBe('2026-05-02');
    expect(parisDate(new Date('2026-01-01T22:59:00Z'))).toBe('2026-01-01');
    expect(parisDate(new Date('2026-01-01T23:00:00Z'))).toBe('2026-01-02');
  });

  it('counts days and weekdays on calendar days', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayOfWeek('2026-05-26')).toBe(2);
  });

  it('writes dates and times the French way', () => {
    expect(frenchLongDate('2026-05-26')).toBe('mardi 26 mai 2026');
    expect(frenchTime(new Date('2026-05-26T07:05:00Z'))).toBe('9 h 05');
    expect(frenchTime(new Date('2026-05-26T12:30:00Z'))).toBe('14 h 30');
    expect(frenchTime('2026-05-26T12:00:00Z')).toBe('14 h');
    expect(frenchTime('2026-05-26T12:00:00Z', { minutes: 'always' })).toBe('14 h 00');
    expect(frenchTimeRange('2026-05-26T07:30:00Z', '2026-05-26T09:00:00Z')).toBe('9 h 30 – 11 h');
    expect(frenchShortDate('2026-12-17')).toBe('17/12/2026');
    const now = new Date('2026-12-03T10:00:00Z');
    expect(frenchDate('2026-12-17', now)).toBe('jeudi 17 décembre');
    expect(frenchDate('2027-01-05', now)).toBe('mardi 5 janvier 2027');
  });

  it('writes a Paris day and time with its offset, as a form sends it', () => {
    expect(parisInstantText('2026-12-17', '09:30')).toBe('2026-12-17T09:30:00+01:00');
    expect(parisInstantText('2026-05-26', '14:00')).toBe('2026-05-26T14:00:00+02:00');
    expect(new Date(parisInstantText('2026-10-25', '09:00')).toISOString()).toBe(
      parisInstant('2026-10-25', '09:00').toISOString(),
    );
  });
});
