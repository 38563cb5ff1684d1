import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BullModule } from '@nestjs/bullmq';
import Redis from 'ioredis';
import { AppConfig } from '@app/config';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES } from './job-catalogue';
import { JobProducer } from './job-producer';
import { producerConnection } from './redis-options';
import { RedisModule } from './redis.module';
import { WorkerOutageShutdown } from './worker-shutdown';

const QUEUE_REDIS = Symbol('QUEUE_REDIS');

/**
 * Closes the queues' client. BullMQ leaves a client it was given alone, and would not manage
 * it during an outage anyway: its close() sends QUIT, which a client without offline queue
 * refuses while disconnected, and then throws without disconnecting (the client would go on
 * reconnecting). Here a refused QUIT becomes a disconnect.
 */
@Injectable()
class QueueRedisCloser implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** The one client every Queue of this process shares (see producerConnection). */
@Module({
  providers: [
    {
      provide: QUEUE_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new Redis(producerConnection(config)).on('error', () => undefined), // each Queue reports it too
    },
    QueueRedisCloser,
  ],
  exports: [QUEUE_REDIS],
})
class QueueRedisModule {}

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
        DiscoveryModule,
        BullModule.forRootAsync({
          imports: [QueueRedisModule],
          inject: [AppConfig, QUEUE_REDIS],
          useFactory: (config: AppConfig, redis: Redis) => ({
            // The queues' (producers') client, which fails fast. @nestjs/bullmq hands a queue's
            // connection to its processor's worker too, unless the worker options name their own
            // (workerConnection, which waits out an outage).
            connection: redis,
            prefix: config.QUEUE_PREFIX,
            defaultJobOptions: DEFAULT_JOB_OPTIONS,
          }),
        }),
        queues,
      ],
      providers: [JobProducer, WorkerOutageShutdown],
      exports: [JobProducer, queues, RedisModule],
    };
  }
}
