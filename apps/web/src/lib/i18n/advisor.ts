import { type AdvisorCatalogue, advisorFr } from './fr/advisor.ts';
import { inLocale } from './index.ts';

/** The words of the advisor's area, in the active language. */
export const advisorText: AdvisorCatalogue = inLocale<AdvisorCatalogue>({ fr: advisorFr });
