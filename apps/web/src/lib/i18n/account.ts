import { type AccountCatalogue, accountFr } from './fr/account.ts';
import { inLocale } from './index.ts';

/** The words of the artisan's account page, in the active language. */
export const accountText: AccountCatalogue = inLocale<AccountCatalogue>({ fr: accountFr });
