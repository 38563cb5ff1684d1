import 'reflect-metadata';
import { loadDotEnv, validateEnvironment } from '@app/config';
import { prepareDatabase } from './prepare-database';

// `npm run seed`: migrate and seed the demo on an empty database.
async function main(): Promise<void> {
  loadDotEnv();
  const seeded = await prepareDatabase({ ...validateEnvironment(process.env), SEED_DEMO: true });
  console.log(seeded ? 'Demo data seeded.' : 'The database already has data; nothing seeded.');
}
main().catch((e: Error) => {
  console.error(e.name === 'ConfigValidationError' ? e.message : e);
  process.exit(1);
});
