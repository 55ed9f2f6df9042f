import type { AttemptCounter } from '../../lib/attempt-counter.ts';
import type { Clock } from '../../lib/clock.ts';
import { TooManyRequestsError } from '../../lib/errors.ts';
import { waitText } from '../../lib/french.ts';

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** An e-mail's failures are remembered a day: spraying it slowly still meets the delays. */
export const EMAIL_WINDOW_MS = 24 * 60 * 60_000;
/** Failures an e-mail gets before each further attempt must wait longer. */
export const FREE_FAILURES_PER_EMAIL = 5;
const FIRST_DELAY_MS = 2_000;

const tooManyAttempts = (retryAfterMs: number) =>
  new TooManyRequestsError(
    `Trop de tentatives de connexion. Réessayez dans ${waitText(retryAfterMs)}.`,
    retryAfterMs,
  );

export interface LoginThrottleDependencies {
  counter: AttemptCounter;
  clock: Clock;
  /** Failed logins allowed per address and window (AUTH_RATE_LIMIT). */
  failuresPerAddress: number;
}

/**
 * Only failures count: a dozen artisans sharing the van's connection all get in with the
 * right password. Two limits: per address (a fixed budget per window) and per target e-mail
 * across addresses, where each failure after the first few doubles the wait (spraying one
 * account from many addresses is slowed too). A success clears the e-mail's count.
 */
export function createLoginThrottle({
  counter,
  clock,
  failuresPerAddress,
}: LoginThrottleDependencies) {
  const addressKey = (ip: string) => `login:address:${ip}`;
  const emailKey = (email: string) => `login:email:${email.trim().toLowerCase()}`;

  /** How long the e-mail must still wait before its next attempt (0: it may try now). */
  function emailWait(count: number, lastAt: number, now: number): number {
    if (count < FREE_FAILURES_PER_EMAIL) return 0;
    const delay = Math.min(
      FIRST_DELAY_MS * 2 ** (count - FREE_FAILURES_PER_EMAIL),
      LOGIN_WINDOW_MS,
    );
    return Math.max(0, lastAt + delay - now);
  }

  return {
    async assertAllowed(ip: string, email: string): Promise<void> {
      const now = clock.now().getTime();
      const [byAddress, byEmail] = await Promise.all([
        counter.read(addressKey(ip), now),
        counter.read(emailKey(email), now),
      ]);
      if (byAddress.count >= failuresPerAddress) {
        throw tooManyAttempts(byAddress.endsAt - now);
      }
      const wait = emailWait(byEmail.count, byEmail.lastAt, now);
      if (wait > 0) throw tooManyAttempts(wait);
    },
    async recordFailure(ip: string, email: string): Promise<void> {
      const now = clock.now().getTime();
      await Promise.all([
        counter.add(addressKey(ip), now, LOGIN_WINDOW_MS),
        counter.add(emailKey(email), now, EMAIL_WINDOW_MS),
      ]);
    },
    async recordSuccess(email: string): Promise<void> {
      await counter.reset(emailKey(email));
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
