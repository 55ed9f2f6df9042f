import { type LegalCatalogue, legalFr } from './fr/legal.ts';
import { inLocale } from './index.ts';

/** The words of the legal pages, in the active language. */
export const legalText: LegalCatalogue = inLocale<LegalCatalogue>({ fr: legalFr });
