import { type AccountLinksCatalogue, accountLinksFr } from './fr/account-links.ts';
import { inLocale } from './index.ts';

/** The words of the password-reset and invitation pages, in the active language. */
export const accountLinksText: AccountLinksCatalogue = inLocale<AccountLinksCatalogue>({
  fr: accountLinksFr,
});
