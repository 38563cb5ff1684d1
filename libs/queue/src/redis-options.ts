import type { RedisOptions } from 'ioredis';

/** ioredis options from a redis:// URL (host, port, db, credentials, TLS for rediss://). */
export function redisOptionsFromUrl(url: string, extra: RedisOptions = {}): RedisOptions {
  const u = new URL(url);
  const db = u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number.isFinite(db) ? db : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    ...extra,
  };
}

/**
 * Reconnection back-offs (ms before attempt `times`), each capped at REDIS_RECONNECT_MAX_MS.
 * With the default cap of 20 s both are the clients' own: BullMQ's exponential 1-20 s, and the
 * general client's 200 ms steps up to 2 s.
 */
export const reconnectBackoff = {
  queue: (capMs: number) => (times: number) => Math.min(Math.max(Math.min(Math.exp(times), 20_000), 1000), capMs),
  general: (capMs: number) => (times: number) => Math.min(times * 200, 2000, capMs),
};

/** What the BullMQ connections are built from. */
export interface QueueRedisSettings {
  REDIS_URL: string;
  REDIS_RECONNECT_MAX_MS: number;
}

/**
 * The BullMQ workers' connection. Commands issued while Redis is away wait in ioredis's
 * offline queue and run once it is back (a finished job is still recorded as finished);
 * BullMQ requires unlimited retries per request for a worker.
 */
export function workerConnection(settings: QueueRedisSettings): RedisOptions {
  return redisOptionsFromUrl(settings.REDIS_URL, { maxRetriesPerRequest: null, retryStrategy: reconnectBackoff.queue(settings.REDIS_RECONNECT_MAX_MS) });
}

/**
 * The queues' connection (Queue.add from the relay and from requests, job schedulers, counts):
 * fails fast while Redis is unreachable. With a worker's connection such a command would wait
 * in ioredis's offline queue for good: its caller's timeout gives up on the promise, not on the
 * command, and the QUIT that closes the queue at shutdown is queued behind it, so shutdown
 * hangs until Redis returns. One retry, so a command caught in flight by a dropped connection
 * fails too.
 */
export function producerConnection(settings: QueueRedisSettings): RedisOptions {
  return redisOptionsFromUrl(settings.REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: reconnectBackoff.queue(settings.REDIS_RECONNECT_MAX_MS),
  });
}
