import { fr } from './fr.ts';

/** The shape every language file must have: the French catalogue is the reference. */
export type Catalogue = typeof fr;

// A second language: add `en.ts` exporting `en: Catalogue`, register it here.
const catalogues = { fr } satisfies Record<string, Catalogue>;
export type Locale = keyof typeof catalogues;

export const locale: Locale = 'fr';

/** The words of the interface in the active language. */
export const text: Catalogue = catalogues[locale];
