import { type SignupCatalogue, signupFr } from './fr/signup.ts';
import { inLocale } from './index.ts';

/** The words of the sign-up page, in the active language. */
export const signupText: SignupCatalogue = inLocale<SignupCatalogue>({ fr: signupFr });
