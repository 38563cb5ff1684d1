import 'reflect-metadata';
import { loadDotEnv } from '@app/config';
import { AppConfig } from '@app/config';

async function main(): Promise<void> {
  loadDotEnv();
  const { createApiApp } = await import('./bootstrap');
  const app = await createApiApp();
  const config = app.get(AppConfig);
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((error: Error) => {
  // Configuration errors name every bad variable; print them plainly and exit.
  console.error(error.name === 'ConfigValidationError' ? error.message : error);
  process.exit(1);
});
