import 'reflect-metadata';
import { ConfigValidationError, dotEnvPath, ensureLocalEnvFile, loadDotEnv, runProblems, validateEnvironment } from '@app/config';
import { prepareDatabase } from './prepare-database';
import { seedDemoFilesAfterSeed } from './seed/demo-files';

// `npm run seed`: migrate and seed the demo on an empty database, as `npm start` does.
// `--accounts-only`: the accounts, forms and open cycle without the files (the browser tests' base).
async function main(): Promise<void> {
  const accountsOnly = process.argv.includes('--accounts-only');
  // A local command like `npm start`: on a machine without .env it writes one (development, generated keys).
  const local = ensureLocalEnvFile(dotEnvPath(), process.env);
  if (local.added.length > 0) console.log(`${local.created ? 'Wrote' : 'Added to'} ${local.file}: ${local.added.join(', ')}`);
  loadDotEnv();
  const config = { ...validateEnvironment(process.env), SEED_DEMO: true };
  // The demo's accounts have published passwords: never in production, even when asked for;
  // and its identity numbers are encrypted, never under the published key.
  const problems = runProblems(config);
  if (problems.length > 0) throw new ConfigValidationError(problems);
  const seeded = await prepareDatabase(config);
  if (seeded && !accountsOnly) await seedDemoFilesAfterSeed();
  console.log(seeded ? 'Demo data seeded.' : 'The database already has data; nothing seeded.');
}
main().catch((e: Error) => {
  console.error(e.name === 'ConfigValidationError' ? e.message : e);
  process.exit(1);
});
