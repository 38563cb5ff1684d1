import { EnvironmentVariables } from '@app/config';
import { prepareSchema } from '@app/db';
import { seedDemoIfEmpty } from './seed/demo-seed';

/**
 * As the owner (DATABASE_OWNER_URL): create the database and the portal's role (DATABASE_URL's
 * user) if missing, apply migrations, grant the role what it needs; then seed the demo when the
 * database is empty. Returns true when it seeded.
 */
export async function prepareDatabase(config: EnvironmentVariables): Promise<boolean> {
  const prepared = await prepareSchema(config.DATABASE_OWNER_URL, config.DATABASE_URL);
  if (prepared.createdDatabase) console.log('Created the database');
  if (prepared.createdRole) console.log(`Created the database role ${new URL(config.DATABASE_URL).username} (the portal's connection)`);
  if (prepared.applied.length) console.log(`Applied migrations: ${prepared.applied.join(', ')}`);
  return config.SEED_DEMO ? seedDemoIfEmpty(config) : false;
}
