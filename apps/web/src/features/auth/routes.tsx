import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { paths } from '../../lib/paths.ts';

// Loaded on demand: the questionnaire route (the 100 KB budget) carries none of them.
const LoginPage = lazy(async () => ({ default: (await import('./login-page.tsx')).LoginPage }));
// Pages an e-mailed link opens, once: kept out of the everyday bundle.
const EmailConfirmationPage = lazy(async () => ({
  default: (await import('./email-confirmation-page.tsx')).EmailConfirmationPage,
}));
const PasswordForgottenPage = lazy(async () => ({
  default: (await import('./password-reset-pages.tsx')).PasswordForgottenPage,
}));
const PasswordResetPage = lazy(async () => ({
  default: (await import('./password-reset-pages.tsx')).PasswordResetPage,
}));

const InvitationPage = lazy(async () => ({
  default: (await import('./invitation-page.tsx')).InvitationPage,
}));

// Sign-up is visited once: its form and commune search stay out of the everyday bundle.
const SignupPage = lazy(async () => ({ default: (await import('./signup-page.tsx')).SignupPage }));

/** Public pages: anyone can open them; a signed-in visitor is sent to their space. */
export const authRoutes: RouteObject[] = [
  { path: paths.login, element: <LoginPage /> },
  { path: paths.signup, element: <SignupPage /> },
  { path: paths.emailConfirmation, element: <EmailConfirmationPage /> },
  { path: paths.passwordForgotten, element: <PasswordForgottenPage /> },
  { path: paths.passwordReset, element: <PasswordResetPage /> },
  { path: paths.invitation, element: <InvitationPage /> },
];
