import type { WorkerOptions } from 'bullmq';
import { AppConfig } from '@app/config';
import { workerConnection } from '@app/queue';

// The metadata key under which @nestjs/bullmq keeps @Processor(queue, workerOptions); it reads it
// when it creates the BullMQ Worker (BullExplorer.onModuleInit), after processors are constructed.
const WORKER_METADATA = 'bullmq:worker_metadata';

/** BullMQ worker settings from the validated configuration. */
export function workerOptionsFrom(config: AppConfig, overrides: Partial<WorkerOptions> = {}): Partial<WorkerOptions> {
  return {
    // Not the queues' fail-fast connection (QueueModule): a worker's commands wait out an outage.
    connection: workerConnection(config),
    concurrency: config.WORKER_CONCURRENCY,
    lockDuration: config.WORKER_LOCK_DURATION_MS,
    stalledInterval: config.WORKER_STALLED_INTERVAL_MS,
    // The pause before fetching again after a lost connection: BullMQ's 15 s, unless reconnection attempts are capped shorter.
    runRetryDelay: Math.min(15_000, config.REDIS_RECONNECT_MAX_MS),
    ...overrides,
  };
}

/**
 * Decorator options are fixed when the class is defined, before the configuration
 * is validated; a processor calls this from its constructor so its BullMQ worker
 * is created with the configured concurrency and lock settings instead.
 */
export function applyWorkerOptions(processorClass: object, options: Partial<WorkerOptions>): void {
  const current = (Reflect.getMetadata(WORKER_METADATA, processorClass) as Partial<WorkerOptions> | undefined) ?? {};
  Reflect.defineMetadata(WORKER_METADATA, { ...current, ...options }, processorClass);
}
