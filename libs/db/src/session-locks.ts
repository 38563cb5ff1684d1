import { DataSource, EntityManager } from 'typeorm';
import type { PoolClient } from 'pg';

/**
 * Runs `work` on one dedicated connection while it holds PostgreSQL session-level
 * advisory locks on `keys` (each hashed with `namespace`, so other users of advisory
 * locks cannot collide with these by accident).
 *
 * Unlike a row lock, a session lock lasts across statements that each commit on their
 * own: `work` can make every step durable the moment it happens (say, "this e-mail was
 * accepted") while a second holder of the same key waits. If the process dies, the
 * connection closes and PostgreSQL drops the locks with it.
 *
 * Keys are locked in sorted order, so two callers with overlapping key sets wait for
 * each other instead of deadlocking. `work` must use the manager it is given: the
 * connection is held for the whole call, and waiting on a second one from the same
 * pool while holding this one can exhaust the pool.
 */
export async function withSessionLocks<T>(
  dataSource: DataSource,
  namespace: string,
  keys: readonly string[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  // Set before locking: a lock statement that fails halfway may still have taken some.
  const locked = keys.length > 0;
  try {
    if (locked) {
      // Volatile functions in the select list run after ORDER BY, i.e. in key order.
      await runner.query(
        `SELECT pg_advisory_lock(hashtextextended($1 || ':' || k, 0))
           FROM unnest($2::text[]) AS k
          ORDER BY k`,
        [namespace, [...new Set(keys)]],
      );
    }
    return await work(runner.manager);
  } finally {
    let unlockError: Error | undefined;
    if (locked) {
      await runner.query('SELECT pg_advisory_unlock_all()').catch((error: Error) => (unlockError = error));
    }
    // A connection that may still hold locks must not go back to the pool: closing it
    // drops the locks, and the pool discards a closed client when it is released.
    if (unlockError) await client.end().catch(() => undefined);
    await runner.release();
  }
}
