/**
 * Counts failed attempts per key (an address, an e-mail) within a window. One process keeps
 * them in memory; several instances share a store (see REDIS_URL in the scale-out notes).
 */
export interface AttemptCounter {
  read(key: string, now: number): Promise<Attempts>;
  /** Adds one failure; the window starts at the first failure and lasts `windowMs`. */
  add(key: string, now: number, windowMs: number): Promise<Attempts>;
  reset(key: string): Promise<void>;
}

export interface Attempts {
  count: number;
  /** When the last failure happened (ms), 0 when none. */
  lastAt: number;
  /** When the window ends (ms), 0 when none. */
  endsAt: number;
}

const none: Attempts = { count: 0, lastAt: 0, endsAt: 0 };

export function memoryAttemptCounter(maxKeys = 100_000): AttemptCounter {
  const entries = new Map<string, Attempts>();
  return {
    async read(key, now) {
      const entry = entries.get(key);
      return entry && entry.endsAt > now ? entry : none;
    },
    async add(key, now, windowMs) {
      const entry = entries.get(key);
      const next =
        entry && entry.endsAt > now
          ? { count: entry.count + 1, lastAt: now, endsAt: entry.endsAt }
          : { count: 1, lastAt: now, endsAt: now + windowMs };
      entries.delete(key);
      entries.set(key, next);
      if (entries.size > maxKeys) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return next;
    },
    async reset(key) {
      entries.delete(key);
    },
  };
}
