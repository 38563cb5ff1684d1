import type { PoolClient, QueryResult } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

/** Values a final statement may carry: inlined as SQL literals (see inlineParameters). */
export type LiteralValue = string | number | null;

export interface FinishingTransaction {
  manager: EntityManager;
  /**
   * Sends `sql` and COMMIT to PostgreSQL as one message and returns the rows of `sql`. The
   * transaction is over when this resolves, so it must be the last thing the work does.
   */
  commitWith<R>(sql: string, params: readonly LiteralValue[]): Promise<R[]>;
}

/**
 * `sql` with each `$n` replaced by the n-th value as a SQL literal (strings escaped by the
 * driver's escapeLiteral, which also handles backslashes). For constant statement texts
 * only: a `$n` inside a string literal of `sql` would be replaced too.
 */
export function inlineParameters(sql: string, params: readonly LiteralValue[], escapeLiteral: (value: string) => string): string {
  return sql.replace(/\$(\d+)/g, (_, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= params.length) throw new Error(`inlineParameters: no value for $${digits}`);
    const value = params[index];
    if (value === null) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`inlineParameters: $${digits} is not a finite number`);
      return String(value);
    }
    if (typeof value !== 'string') throw new Error(`inlineParameters: $${digits} must be a string, a number or null`);
    return escapeLiteral(value);
  });
}

/**
 * Runs `work` in a transaction that it may end with `commitWith`: its last statement and
 * COMMIT then travel in one message (the simple query protocol allows several statements,
 * which the extended one with bound parameters does not).
 *
 * Why: a row that statement locks stays locked until COMMIT arrives. Sent separately, the
 * COMMIT waits for the result to reach this process and for its event loop to get to the
 * next step: under load, milliseconds during which every other transaction that needs the
 * row queues (a cycle's reference-number counter, taken by every submission). In one
 * message the lock lasts for the statement and the commit's WAL flush only.
 *
 * If the final message fails, PostgreSQL has aborted the transaction and it is rolled back
 * here like any failed one. Without commitWith, the transaction commits normally.
 */
export async function transactionEndingWith<T>(dataSource: DataSource, work: (tx: FinishingTransaction) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  let committed = false;
  let finalSent = false;
  const tx: FinishingTransaction = {
    manager: runner.manager,
    commitWith: async <R>(sql: string, params: readonly LiteralValue[]): Promise<R[]> => {
      if (finalSent) throw new Error('transactionEndingWith: commitWith called twice');
      finalSent = true;
      const text = `${inlineParameters(sql, params, (v) => client.escapeLiteral(v))};\nCOMMIT`;
      const results = (await client.query(text)) as unknown as QueryResult[];
      committed = true;
      return results[0].rows as R[];
    },
  };
  try {
    await runner.startTransaction();
    const result = await work(tx);
    if (!committed) {
      if (finalSent) throw new Error('transactionEndingWith: the final statement did not finish');
      await runner.commitTransaction();
    }
    return result;
  } catch (error) {
    if (!committed && runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
