import type { LoginBody, Me, SignupBody } from '@capnum/contracts';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { ApiRequestError, onSessionEnded, refreshSession, setAccessToken } from '../api-client.ts';
import { authApi } from './auth-api.ts';
import {
  AuthContext,
  type AuthContextValue,
  type AuthState,
  type SignupOutcome,
} from './auth-context.ts';

/** Restores the session from the refresh cookie on start, then keeps who is signed in. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'restoring' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const session = await refreshSession();
        const user = session ? await authApi.me() : null;
        if (!cancelled) setState(user ? { status: 'signed-in', user } : { status: 'signed-out' });
      } catch {
        // The API is unreachable: show the public pages; signing in will report the problem.
        if (!cancelled) setState({ status: 'signed-out' });
      }
    })();
    const stopListening = onSessionEnded(() => {
      setAccessToken(null);
      setState({ status: 'signed-out', endedBecause: 'expired' });
    });
    return () => {
      cancelled = true;
      stopListening();
    };
  }, []);

  const startSession = useCallback(async (accessToken: string): Promise<Me> => {
    setAccessToken(accessToken);
    const user = await authApi.me();
    setState({ status: 'signed-in', user });
    return user;
  }, []);

  const login = useCallback(
    async (body: LoginBody) => startSession((await authApi.login(body)).accessToken),
    [startSession],
  );

  const signup = useCallback(
    async (body: SignupBody): Promise<SignupOutcome> => {
      const accepted = await authApi.signup(body);
      // Sign-up answers alike for a new and a known address; an ordinary login tells them apart
      // only for someone who holds the password.
      try {
        const login = await authApi.login({ email: body.email, password: body.password });
        return { kind: 'signed-in', user: await startSession(login.accessToken) };
      } catch (error) {
        if (error instanceof ApiRequestError && error.statusCode === 401) {
          return { kind: 'check-inbox', email: accepted.email };
        }
        throw error;
      }
    },
    [startSession],
  );

  const reloadUser = useCallback(async () => {
    const user = await authApi.me();
    setState({ status: 'signed-in', user });
  }, []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } catch {
      // Offline: forgetting the token here still signs this tab out; the cookie expires on its own.
    }
    setAccessToken(null);
    setState({ status: 'signed-out', endedBecause: 'logged-out' });
  }, []);

  const forget = useCallback(() => {
    setAccessToken(null);
    setState({ status: 'signed-out', endedBecause: 'logged-out' });
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ ...state, login, signup, logout, reloadUser, signInWith: startSession, forget }),
    [state, login, signup, logout, reloadUser, startSession, forget],
  );
  return <AuthContext value={value}>{children}</AuthContext>;
}
