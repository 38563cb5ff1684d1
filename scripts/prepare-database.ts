import { DataSource } from 'typeorm';
import { EnvironmentVariables } from '@app/config';
import { buildDataSourceOptions, ensureDatabase, runMigrationsLocked } from '@app/db';
import { seedDemoIfEmpty } from './seed/demo-seed';

/** Create the database if missing, apply migrations, seed the demo when it is empty. Returns true when it seeded. */
export async function prepareDatabase(config: EnvironmentVariables): Promise<boolean> {
  if (await ensureDatabase(config.DATABASE_URL)) console.log('Created the database');
  const dataSource = await new DataSource(buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: 2 })).initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
  return config.SEED_DEMO ? seedDemoIfEmpty(config) : false;
}
