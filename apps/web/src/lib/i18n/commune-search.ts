import { type CommuneSearchCatalogue, communeSearchFr } from './fr/commune-search.ts';
import { inLocale } from './index.ts';

/** The words of the commune search field, in the active language. */
export const communeSearchText: CommuneSearchCatalogue = inLocale<CommuneSearchCatalogue>({
  fr: communeSearchFr,
});
