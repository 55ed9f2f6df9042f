import type { AggregateDimension, EmployeeBand, Sector } from '@capnum/contracts';
import { levelLabels } from '@capnum/scoring/labels';
import { text } from '../../../lib/i18n/index.ts';
import { signupText } from '../../../lib/i18n/signup.ts';
import { statisticsText } from '../../../lib/i18n/statistics.ts';

const words = statisticsText;

/** A group's value as people read it; a total when the key was summed away. */
export function keyLabel(dim: AggregateDimension, value: string | undefined): string {
  if (value === undefined) return words.total;
  if (dim === 'level') return levelLabels[Number(value) as 1 | 2 | 3 | 4];
  if (dim === 'sector') return signupText.sectors[value as Sector].label;
  if (dim === 'employeeBand') return text.employeeBands[value as EmployeeBand];
  return value;
}
