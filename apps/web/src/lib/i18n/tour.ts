import { type TourCatalogue, tourFr } from './fr/tour.ts';
import { inLocale } from './index.ts';

/** The words of the van's tour, in the active language. */
export const tourText: TourCatalogue = inLocale<TourCatalogue>({ fr: tourFr });
