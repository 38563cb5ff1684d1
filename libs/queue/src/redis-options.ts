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
