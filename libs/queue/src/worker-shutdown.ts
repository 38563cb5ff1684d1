import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';
import { TypedProcessor } from './typed-processor';

/** How long a worker's connection may take to report itself; one that has never connected counts as down. */
const CONNECTION_LOOK_MS = 100;

/**
 * Closes this process's BullMQ workers without waiting when Redis is away at shutdown (before
 * @nestjs/bullmq closes them gracefully, which then returns the same close). A graceful close
 * first disconnects the blocking connection and waits for its 'end' event, and ioredis never
 * emits 'end' for a disconnect() made while it waits to reconnect (redis/ioredis#1247): the
 * process would not exit until Redis returned. An active job could not record its outcome
 * meanwhile anyway; its lock lapses and a worker runs it again.
 */
@Injectable()
export class WorkerOutageShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger(WorkerOutageShutdown.name);

  constructor(private readonly discovery: DiscoveryService) {}

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers().map((worker) => this.closeIfRedisIsDown(worker)));
  }

  private workers(): Worker[] {
    const workers: Worker[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      if (!(wrapper.instance instanceof TypedProcessor)) continue;
      try {
        workers.push(wrapper.instance.worker);
      } catch {
        // never started (the application failed before its workers were created)
      }
    }
    return workers;
  }

  private async closeIfRedisIsDown(worker: Worker): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const client = await Promise.race([
      worker.client.catch(() => null),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), CONNECTION_LOOK_MS))),
    ]).finally(() => clearTimeout(timer));
    if (client?.status === 'ready') return;
    this.logger.warn(`Redis is unreachable: closing the ${worker.name} worker without waiting for its jobs`);
    await worker.close(true);
  }
}
