import { NestFactory } from '@nestjs/core';
import { ManualClock } from '@app/common';
import { DemoFilesModule } from './demo-files.module';
import { DemoFilesSeeder, DemoFilesSummary } from './demo-files.seeder';

/**
 * The demo's cycle in motion, the step `npm start` (and `npm run seed`) takes right after the
 * first seed on an empty database: files at every stage, made through the domain services on a
 * clock moved along the timeline (see DemoFilesSeeder). Does nothing (answers null) unless the
 * database holds exactly the freshly seeded demo, so it never touches a database with data and a
 * second run changes nothing. `configOverrides` as for the API (ConfigModule.forRoot).
 */
export async function seedDemoFiles(configOverrides: Record<string, string | undefined> = {}): Promise<DemoFilesSummary | null> {
  const clock = new ManualClock();
  // The database is prepared by now; errors and warnings only (the steps are many).
  const context = await NestFactory.createApplicationContext(DemoFilesModule.forRoot({ ...configOverrides, DATABASE_AUTO_MIGRATE: 'false' }, clock), { logger: ['error', 'warn'] });
  try {
    const seeder = context.get(DemoFilesSeeder);
    if (!(await seeder.isFreshDemo())) return null;
    return await seeder.run();
  } finally {
    await context.close();
  }
}

/**
 * For `npm start` and `npm run seed`, right after the first seed: the files, with a line saying
 * what was made. A failure is reported, not thrown: the accounts, forms and open cycle are
 * there and the portal starts; dropping the database and starting again retries.
 */
export async function seedDemoFilesAfterSeed(): Promise<void> {
  const started = Date.now();
  try {
    const made = await seedDemoFiles();
    if (!made) return;
    console.log(`Seeded the demo cycle in motion: ${made.files} files at every stage, ${made.accounts} more demo accounts (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    if (made.confirmedYears.length) {
      console.warn(`The demo confirmed the working-day calendar of ${made.confirmedYears.join(', ')} without holidays (nobody had): correct it on the calendar page.`);
    }
  } catch (error) {
    console.error(`WARNING: the demo's files could not be seeded (${(error as Error).message}). The accounts, forms and open cycle are there; drop the database and start again to retry.`);
  }
}
