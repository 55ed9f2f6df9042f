import { type CoreCatalogue, coreFr } from './fr/core.ts';

/*
 * The words of the interface: one catalogue per language, in modules, so that
 * each lazily loaded area downloads its own words with its code and the first
 * page carries only the core.
 *
 *   fr/core.ts            shell, home pages, sign-in, questionnaire, shared vocabulary
 *   fr/signup.ts          sign-up page
 *   fr/commune-search.ts  commune search field (sign-up, staff stop form)
 *   fr/results.ts         results and history pages
 *   fr/calculation.ts     how the score is calculated
 *   fr/tour.ts            the van's tour, bookings, next stop under the results
 *   fr/staff.ts           staff home and tour management
 *   fr/statistics.ts      staff statistics, impact and van activity
 *   fr/advisor.ts         advisor: members, a member's file, briefs, stop packs
 *   fr/account.ts         the artisan's account: business, password, consent, access log, data, erasure
 *   fr/account-links.ts   pages an e-mailed link opens: password reset, invitation
 *   fr/legal.ts           privacy policy, legal notice, accessibility statement
 *
 * Code reads the core words from `text` below, and an area's words from the
 * module of the same name next to this file (`./results.ts` → `resultsText`),
 * never from `fr/` directly: those modules pick the active language. The core
 * never imports an area module.
 *
 * A second language: add `en/` with the same modules, each typed by the French
 * one (`export const resultsEn: ResultsCatalogue = { … }`), add 'en' to
 * `locales`, and pass it in every `inLocale({ fr, en })` call: TypeScript names
 * each module still missing. The active language is chosen once, below.
 */

export const locales = ['fr'] as const;
export type Locale = (typeof locales)[number];

export const locale: Locale = 'fr';

/** The words of one module in the active language; every language must provide them. */
export function inLocale<Catalogue>(catalogues: Record<Locale, Catalogue>): Catalogue {
  return catalogues[locale];
}

/** The core words of the interface in the active language. */
export const text: CoreCatalogue = inLocale<CoreCatalogue>({ fr: coreFr });
