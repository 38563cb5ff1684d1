import { DynamicModule, Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { AppConfig } from '@app/config';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES } from './job-catalogue';
import { JobProducer } from './job-producer';
import { reconnectBackoff, redisOptionsFromUrl } from './redis-options';
import { RedisModule } from './redis.module';

/** BullMQ on the configured Redis, every queue registered, and the typed producer. */
@Global()
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    const queues = BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name })));
    return {
      module: QueueModule,
      imports: [
        RedisModule,
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            // Workers block on Redis; BullMQ requires unlimited retries per request for them.
            connection: redisOptionsFromUrl(config.REDIS_URL, { maxRetriesPerRequest: null, retryStrategy: reconnectBackoff.queue(config.REDIS_RECONNECT_MAX_MS) }),
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        queues,
      ],
      providers: [JobProducer],
      exports: [JobProducer, queues, RedisModule],
    };
  }
}
