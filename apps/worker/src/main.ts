import 'reflect-metadata';
import { loadDotEnv } from '@app/config';

async function main(): Promise<void> {
  loadDotEnv();
  const { createWorkerContext } = await import('./bootstrap');
  const { PortalLogger } = await import('@app/common');
  const app = await createWorkerContext();
  await app.init();
  app.get(PortalLogger).log(`Worker ${process.pid} started`);
}

main().catch((error: Error) => {
  console.error(error.name === 'ConfigValidationError' ? error.message : error);
  process.exit(1);
});
