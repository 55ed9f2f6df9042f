import type { LoginBody, Me, SignupBody } from '@capnum/contracts';
import { createContext, useContext } from 'react';

/** Why the session ended, so the login page can say so. */
export type SessionEndReason = 'logged-out' | 'expired';

export type AuthState =
  | { status: 'restoring' }
  | { status: 'signed-out'; endedBecause?: SessionEndReason }
  | { status: 'signed-in'; user: Me };

/**
 * What sign-up led to: the new account's session, or, when the address already had an
 * account (and another password), only "check your inbox" — the page reveals nothing more.
 */
export type SignupOutcome =
  | { kind: 'signed-in'; user: Me }
  | { kind: 'check-inbox'; email: string };

export type AuthContextValue = AuthState & {
  login: (body: LoginBody) => Promise<Me>;
  signup: (body: SignupBody) => Promise<SignupOutcome>;
  logout: () => Promise<void>;
  /** Starts the session an access token opens (an accepted invitation, a password change). */
  signInWith: (accessToken: string) => Promise<Me>;
  /** Forgets the session without asking the API (the account was just erased). */
  forget: () => void;
  /** Reads the account again (after confirming the e-mail address, say). */
  reloadUser: () => Promise<void>;
};

/** What the guard and the logout button hand to the login page through the router. */
export interface LoginPageState {
  from?: string;
  reason?: SessionEndReason;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
