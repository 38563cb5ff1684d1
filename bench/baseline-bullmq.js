/* global URL */
// Baseline for `notifications`: a bare BullMQ producer and worker (one process, as the
// portal's relay and delivery processor share the worker process) draining no-op jobs.
// Same Redis, same job options and concurrency as the portal's notifications queue; the
// producer adds in batches of 500, as the outbox relay does. Prints { jobs, seconds, jobsPerSecond }.
'use strict';

const { Queue, Worker } = require('bullmq');

const JOBS = Number(process.env.BENCH_JOBS || 20000);
const url = new URL(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
const connection = { host: url.hostname, port: Number(url.port || 6379), password: url.password || undefined, maxRetriesPerRequest: null };
const prefix = process.env.QUEUE_PREFIX;
const concurrency = Number(process.env.WORKER_CONCURRENCY || 10);

async function main() {
  const queue = new Queue('noop', { connection, prefix, defaultJobOptions: { removeOnComplete: { age: 24 * 3600, count: 5000 }, removeOnFail: { age: 14 * 24 * 3600, count: 20000 }, attempts: 8, backoff: { type: 'exponential', delay: 2000 } } });
  let done = 0;
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  const worker = new Worker('noop', async () => undefined, { connection, prefix, concurrency, autorun: false });
  worker.on('completed', () => {
    if (++done === JOBS) finish();
  });
  await worker.waitUntilReady();
  const started = process.hrtime.bigint();
  void worker.run();
  for (let i = 0; i < JOBS; i += 500) {
    const n = Math.min(500, JOBS - i);
    await queue.addBulk(Array.from({ length: n }, (_, j) => ({ name: 'noop', data: { outboxId: String(i + j + 1) }, opts: { jobId: `noop-${i + j + 1}` } })));
  }
  await finished;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  process.stdout.write(`${JSON.stringify({ jobs: JOBS, seconds, jobsPerSecond: JOBS / seconds })}\n`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
