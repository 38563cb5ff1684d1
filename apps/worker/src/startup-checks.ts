import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import Redis from 'ioredis';
import { checkJobCatalogue, InjectRedis, TypedProcessor } from '@app/queue';

const PROCESSOR_QUEUE_METADATA = 'bullmq:processor_metadata';

/**
 * Refuses to run a worker that cannot handle every catalogued job, and warns when
 * Redis may evict queue keys (BullMQ loses jobs under any policy but noeviction).
 */
@Injectable()
export class WorkerStartupChecks implements OnApplicationBootstrap {
  private readonly logger = new Logger('WorkerStartup');

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const processors = this.discovery
      .getProviders()
      .filter((w) => w.instance instanceof TypedProcessor)
      .map((w) => {
        const meta = Reflect.getMetadata(PROCESSOR_QUEUE_METADATA, (w.instance as object).constructor) as { name?: string } | string | undefined;
        const queue = typeof meta === 'string' ? meta : (meta?.name ?? 'unknown');
        return { queue, jobNames: Object.keys((w.instance as TypedProcessor).handlers) };
      });
    const problems = checkJobCatalogue(processors);
    if (problems.length) throw new Error(`Worker refuses to start, job catalogue check failed:\n  - ${problems.join('\n  - ')}`);
    await this.checkEvictionPolicy();
  }

  private async checkEvictionPolicy(): Promise<void> {
    try {
      const reply = (await this.redis.config('GET', 'maxmemory-policy')) as string[];
      const policy = reply?.[1];
      if (policy && policy !== 'noeviction') {
        this.logger.warn(`!!! Redis maxmemory-policy is "${policy}", not "noeviction": Redis may evict BullMQ keys and lose jobs. Set maxmemory-policy noeviction. !!!`);
      }
    } catch (error) {
      this.logger.warn(`Could not read Redis maxmemory-policy (${(error as Error).message}); make sure it is "noeviction".`);
    }
  }
}
