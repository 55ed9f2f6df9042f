import type { Role } from '@capnum/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { Clock } from '../../lib/clock.ts';
import { UnauthorizedError } from '../../lib/errors.ts';
import type { AccessClaims } from '../../plugins/authentication.ts';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../plugins/authentication.ts';
import * as repository from './auth.repository.ts';

/** What an access token is checked against on every request. */
export interface AccountState {
  role: Role;
  chamberId: string;
  artisanId: string | null;
  sessionVersion: number;
  deactivated: boolean;
  /** The token's session (its refresh family) was ended: logout, reuse, revocation. */
  sessionEnded: boolean;
}

/**
 * Account states known to this process, per user and session. An entry lives as long as an
 * access token, unless the account changes: the app forgets it at once, and the change feed
 * (account_events, written by triggers) makes every instance forget it within a second,
 * even for a change made in plain SQL. See docs/decisions/0005-session-check.md.
 */
export interface AccountStateCache {
  get(userId: string, sessionId: string, now: number): AccountState | undefined;
  set(userId: string, sessionId: string, state: AccountState, now: number): void;
  forgetUser(userId: string): void;
}

export const ACCOUNT_STATE_TTL_MS = ACCESS_TOKEN_TTL_SECONDS * 1000;

export function memoryAccountStateCache(
  options: { ttlMs?: number; maxEntries?: number } = {},
): AccountStateCache {
  const ttlMs = options.ttlMs ?? ACCOUNT_STATE_TTL_MS;
  const maxEntries = options.maxEntries ?? 100_000;
  const entries = new Map<string, { userId: string; state: AccountState; expiresAt: number }>();
  const keysOfUser = new Map<string, Set<string>>();
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    const keys = keysOfUser.get(entry.userId);
    keys?.delete(key);
    if (keys?.size === 0) keysOfUser.delete(entry.userId);
  };
  return {
    get(userId, sessionId, now) {
      const key = `${userId}:${sessionId}`;
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt > now) return entry.state;
      remove(key);
      return undefined;
    },
    set(userId, sessionId, state, now) {
      const key = `${userId}:${sessionId}`;
      remove(key);
      entries.set(key, { userId, state, expiresAt: now + ttlMs });
      let keys = keysOfUser.get(userId);
      if (!keys) {
        keys = new Set();
        keysOfUser.set(userId, keys);
      }
      keys.add(key);
      // Oldest first: a Map iterates in insertion order.
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
    forgetUser(userId) {
      for (const key of keysOfUser.get(userId) ?? []) entries.delete(key);
      keysOfUser.delete(userId);
    },
  };
}

const sessionRevoked = () =>
  new UnauthorizedError('Votre session n’est plus valide : reconnectez-vous.', 'SESSION_REVOKED');

export interface SessionCheckDependencies {
  db: Db;
  clock: Clock;
  cache?: AccountStateCache;
}

type Lookup = { userId: string; sessionId: string };

/** Checks that a token still matches its account: it exists, is active, same role, chamber and session. */
export function createSessionCheck({
  db,
  clock,
  cache = memoryAccountStateCache(),
}: SessionCheckDependencies) {
  // Misses are read in batches: under load, one query answers every request waiting for one.
  type Waiter = { resolve: (state?: AccountState) => void; reject: (error: unknown) => void };
  let pending = new Map<string, { lookup: Lookup; waiters: Waiter[] }>();
  let reading = false;

  async function readPending(): Promise<void> {
    while (pending.size > 0) {
      const batch = pending;
      pending = new Map();
      try {
        const rows = await repository.findAccountStates(
          db,
          [...batch.values()].map((entry) => entry.lookup),
        );
        const now = clock.now().getTime();
        const rowsByKey = new Map(rows.map((row) => [`${row.id}:${row.session_id}`, row]));
        for (const [key, entry] of batch) {
          const row = rowsByKey.get(key);
          const state: AccountState | undefined = row && {
            role: row.role,
            chamberId: row.chamber_id,
            artisanId: row.artisan_id,
            sessionVersion: row.session_version,
            deactivated: row.deactivated_at !== null,
            sessionEnded: Boolean(row.session_ended),
          };
          if (state) cache.set(entry.lookup.userId, entry.lookup.sessionId, state, now);
          for (const waiter of entry.waiters) waiter.resolve(state);
        }
      } catch (error) {
        // A database failure is the server's problem, never a reason to sign the person out.
        for (const entry of batch.values())
          for (const waiter of entry.waiters) waiter.reject(error);
      }
    }
    reading = false;
  }

  function stateOf(claims: AccessClaims): AccountState | Promise<AccountState | undefined> {
    const cached = cache.get(claims.sub, claims.sid, clock.now().getTime());
    if (cached) return cached;
    const key = `${claims.sub}:${claims.sid}`;
    return new Promise((resolve, reject) => {
      const entry = pending.get(key);
      if (entry) entry.waiters.push({ resolve, reject });
      else {
        pending.set(key, {
          lookup: { userId: claims.sub, sessionId: claims.sid },
          waiters: [{ resolve, reject }],
        });
      }
      if (!reading) {
        reading = true;
        setImmediate(() => void readPending());
      }
    });
  }

  return {
    async check(claims: AccessClaims): Promise<void> {
      const state = await stateOf(claims);
      if (
        !state ||
        state.deactivated ||
        state.sessionEnded ||
        state.sessionVersion !== claims.sv ||
        state.role !== claims.role ||
        state.chamberId !== claims.chamberId ||
        (state.artisanId ?? undefined) !== claims.artisanId
      ) {
        throw sessionRevoked();
      }
    },
    /** A session just opened (login, refresh): its first requests need no lookup. */
    remember(claims: AccessClaims): void {
      cache.set(
        claims.sub,
        claims.sid,
        {
          role: claims.role,
          chamberId: claims.chamberId,
          artisanId: claims.artisanId ?? null,
          sessionVersion: claims.sv,
          deactivated: false,
          sessionEnded: false,
        },
        clock.now().getTime(),
      );
    },
    /** After a change to the account made in this process: seen on its very next request. */
    forgetUser(userId: string): void {
      cache.forgetUser(userId);
    },
    /**
     * Follows account_events so that a change made by another instance, or in plain SQL,
     * reaches this process's cache within `intervalMs`. Returns the function that stops it.
     */
    async followChanges(options: {
      intervalMs: number;
      log: FastifyBaseLogger;
    }): Promise<() => void> {
      let lastId = await repository.latestAccountEventId(db);
      let running = false;
      let polls = 0;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        polls += 1;
        // Now and then, drop events older than any token that could still be alive.
        const prune =
          polls % 3600 === 1
            ? repository.deleteAccountEventsBefore(db, new Date(clock.now().getTime() - 86_400_000))
            : Promise.resolve();
        prune
          .then(() => repository.accountEventsAfter(db, lastId))
          .then((events) => {
            for (const event of events) {
              cache.forgetUser(event.user_id);
              lastId = Math.max(lastId, event.id);
            }
          })
          .catch((error) => options.log.warn({ err: error }, 'account events unreadable'))
          .finally(() => {
            running = false;
          });
      }, options.intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}

export type SessionCheck = ReturnType<typeof createSessionCheck>;
