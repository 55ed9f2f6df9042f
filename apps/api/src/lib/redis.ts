import { Redis } from 'ioredis';
import type { AttemptCounter, Attempts } from './attempt-counter.ts';

/**
 * The Redis connection several API instances share (REDIS_URL): rate-limit counters and
 * failed-login counters live there, so two instances never double a limit.
 */
export function connectRedis(url: string, keyPrefix = 'capnum:'): Redis {
  return new Redis(url, {
    keyPrefix,
    // A request never waits long on an absent Redis: the limits fail open (see app.ts).
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    enableOfflineQueue: true,
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
