import { Redis } from 'ioredis';
import { type AttemptCounter, type Attempts, memoryAttemptCounter } from './attempt-counter.ts';

/**
 * The Redis connection several API instances share (REDIS_URL): rate-limit counters and
 * failed-login counters live there, so two instances never double a limit.
 */
export function connectRedis(url: string, keyPrefix = 'capnum:'): Redis {
  return new Redis(url, {
    keyPrefix,
    // A request never waits on an absent Redis: a command fails at once and the counters
    // fall back (see resilientAttemptCounter and the rate-limit plugin's skipOnError).
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    enableOfflineQueue: false,
  });
}

/** Waits for the first connection, at most `timeoutMs`: a server starts even without Redis. */
export async function redisReady(redis: Redis, timeoutMs = 2_000): Promise<boolean> {
  if (redis.status === 'ready') return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', ready);
      resolve(false);
    }, timeoutMs);
    const ready = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once('ready', ready);
  });
}

// One failure, atomically: a new window if the last one ended, else one more in it.
const ADD_SCRIPT = `
local current = redis.call('HMGET', KEYS[1], 'count', 'endsAt')
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
if current[2] and tonumber(current[2]) > now then
  local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
  redis.call('HSET', KEYS[1], 'lastAt', now)
  return { count, now, tonumber(current[2]) }
end
redis.call('HSET', KEYS[1], 'count', 1, 'lastAt', now, 'endsAt', now + window)
redis.call('PEXPIRE', KEYS[1], window)
return { 1, now, now + window }`;

const none: Attempts = { count: 0, lastAt: 0, endsAt: 0 };

/** Failed attempts per key kept in Redis, for every instance alike. */
export function redisAttemptCounter(redis: Redis): AttemptCounter {
  const key = (name: string) => `attempts:${name}`;
  return {
    async read(name, now) {
      const [count, lastAt, endsAt] = await redis.hmget(key(name), 'count', 'lastAt', 'endsAt');
      if (!count || Number(endsAt) <= now) return none;
      return { count: Number(count), lastAt: Number(lastAt), endsAt: Number(endsAt) };
    },
    async add(name, now, windowMs) {
      const [count, lastAt, endsAt] = (await redis.eval(
        ADD_SCRIPT,
        1,
        key(name),
        String(now),
        String(windowMs),
      )) as [number, number, number];
      return { count: Number(count), lastAt: Number(lastAt), endsAt: Number(endsAt) };
    },
    async reset(name) {
      await redis.del(key(name));
    },
  };
}

/**
 * Counts in Redis while it answers, and in this process's memory when it does not: an absent
 * Redis never turns a sign-in into a 500, and the limits still hold per instance meanwhile
 * (the rate-limit plugin fails open the same way, with skipOnError).
 */
export function resilientAttemptCounter(
  shared: AttemptCounter,
  onError: (error: unknown) => void,
): AttemptCounter {
  const local = memoryAttemptCounter();
  const either =
    <Args extends unknown[], Result>(
      remote: (...args: Args) => Promise<Result>,
      fallback: (...args: Args) => Promise<Result>,
    ) =>
    async (...args: Args): Promise<Result> => {
      try {
        return await remote(...args);
      } catch (error) {
        onError(error);
        return fallback(...args);
      }
    };
  return {
    read: either(shared.read, local.read),
    add: either(shared.add, local.add),
    reset: either(shared.reset, local.reset),
  };
}
