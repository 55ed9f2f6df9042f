import { type ResultsCatalogue, resultsFr } from './fr/results.ts';
import { inLocale } from './index.ts';

/** The words of the results and history pages, in the active language. */
export const resultsText: ResultsCatalogue = inLocale<ResultsCatalogue>({ fr: resultsFr });
