// `npm run db:prepare`: a release's database step, as the owner (DATABASE_OWNER_URL): create the
// database and the portal's role (DATABASE_URL's user) if missing, apply pending migrations, and
// grant the role what the portal needs (libs/db grantAppRole). Seeds nothing. Unlike
// `npm run migration:run`, it re-grants the role on tables the migrations created.
import 'reflect-metadata';
import { loadDotEnv, validateEnvironment } from '@app/config';
import { prepareSchema, roleOf } from '@app/db';

async function main(): Promise<void> {
  loadDotEnv();
  const config = validateEnvironment(process.env);
  const prepared = await prepareSchema(config.DATABASE_OWNER_URL, config.DATABASE_URL);
  if (prepared.createdDatabase) console.log('Created the database');
  if (prepared.createdRole) console.log(`Created the database role ${roleOf(config.DATABASE_URL)}`);
  console.log(prepared.applied.length ? `Applied migrations: ${prepared.applied.join(', ')}` : 'No pending migrations.');
  const app = roleOf(config.DATABASE_URL);
  console.log(app === roleOf(config.DATABASE_OWNER_URL) ? `Warning: DATABASE_URL logs in as the owner (${app}); give the portal a role of its own.` : `Granted ${app} the portal's privileges.`);
}
main().catch((e: Error) => {
  console.error(e.name === 'ConfigValidationError' ? e.message : e);
  process.exit(1);
});
