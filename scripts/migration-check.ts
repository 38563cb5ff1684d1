// `npm run migration:check`: fails when the entities and the migrations disagree.
// Applies every migration to a scratch database, then asks TypeORM what SQL it would
// still need to match the entities; any statement at all means drift.
import 'reflect-metadata';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { loadDotEnv, validateEnvironment } from '@app/config';
import { buildDataSourceOptions, dropDatabase, ensureDatabase, runMigrationsLocked } from '@app/db';

async function main(): Promise<void> {
  loadDotEnv();
  const config = validateEnvironment(process.env);
  const url = new URL(config.DATABASE_OWNER_URL);
  url.pathname = `/tp_migration_check_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(url.toString());
  const dataSource = await new DataSource(buildDataSourceOptions({ url: url.toString(), poolSize: 2 })).initialize();
  try {
    const applied = await runMigrationsLocked(dataSource);
    const pending = await dataSource.driver.createSchemaBuilder().log();
    if (pending.upQueries.length > 0) {
      console.error('Entities and migrations disagree. Missing from migrations/:');
      for (const q of pending.upQueries) console.error(`  ${q.query};`);
      console.error('Run: npm run migration:generate --name=DescribeTheChange');
      process.exitCode = 1;
    } else {
      console.log(`Migrations match the entities (${applied.length} migrations applied to a scratch database).`);
    }
  } finally {
    await dataSource.destroy();
    await dropDatabase(url.toString());
  }
}
main().catch((e: Error) => {
  console.error(e);
  process.exit(1);
});
