import { describe, expect, it } from 'vitest';
import { isWorkingDay, nextWorkingDay } from './working-days.ts';

describe('the days the van can run', () => {
  it('skips weekends and French public holidays, Alsace-Moselle’s own included', () => {
    expect(isWorkingDay('2026-12-24', '89')).toBe(true);
    expect(isWorkingDay('2026-12-25', '89')).toBe(false); // Noël
    expect(nextWorkingDay('2026-12-25', '89')).toBe('2026-12-28'); // Friday → Monday
    expect(isWorkingDay('2026-12-26', '67')).toBe(false); // Saturday, and Saint-Étienne
    expect(isWorkingDay('2027-03-26', '89')).toBe(true); // Vendredi saint, outside Alsace-Moselle
    expect(isWorkingDay('2027-03-26', '57')).toBe(false);
    expect(nextWorkingDay('2027-03-29', '21')).toBe('2027-03-30'); // Lundi de Pâques
    expect(nextWorkingDay('2026-05-01', '21')).toBe('2026-05-04'); // Fête du travail, then a weekend
  });
});
