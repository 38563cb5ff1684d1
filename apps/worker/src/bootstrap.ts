import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { PortalLogger } from '@app/common';
import { WorkerModule } from './worker.module';

/**
 * The worker process: no HTTP. Shutdown hooks make SIGTERM/SIGINT close the BullMQ
 * workers (active jobs finish, or are released to another worker when the lock
 * lapses) and then the database and Redis connections.
 */
export async function createWorkerContext(configOverrides: Record<string, string | undefined> = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(configOverrides), { bufferLogs: true });
  return prepareWorkerContext(app);
}

/** Logging and shutdown hooks; shared with the tests, which build the same module with provider overrides (e.g. a ManualClock). */
export function prepareWorkerContext<T extends INestApplicationContext>(app: T): T {
  app.useLogger(app.get(PortalLogger));
  app.enableShutdownHooks();
  return app;
}
