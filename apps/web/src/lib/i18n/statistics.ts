import { type StatisticsCatalogue, statisticsFr } from './fr/statistics.ts';
import { inLocale } from './index.ts';

/** The words of the staff's statistics page, in the active language. */
export const statisticsText: StatisticsCatalogue = inLocale<StatisticsCatalogue>({
  fr: statisticsFr,
});
