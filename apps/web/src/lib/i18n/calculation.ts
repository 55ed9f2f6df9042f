import { type CalculationCatalogue, calculationFr } from './fr/calculation.ts';
import { inLocale } from './index.ts';

/** The words of the page that explains the score, in the active language. */
export const calculationText: CalculationCatalogue = inLocale<CalculationCatalogue>({
  fr: calculationFr,
});
