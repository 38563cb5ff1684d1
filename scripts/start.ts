// `npm start`: everything a newcomer needs in one command. Prepares the database
// (create, migrate, seed a demo when empty), then runs the API and the worker as two
// processes, as production does, and prints where to go next.
import 'reflect-metadata';
import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { API_NODE_FLAGS, API_PROCESS_ENV, assertRunnable, WORKER_NODE_FLAGS, dotEnvPath, ensureLocalEnvFile, loadDotEnv, validateEnvironment } from '@app/config';
import { prepareDatabase } from './prepare-database';
import { seedDemoFilesAfterSeed } from './seed/demo-files';

// dist/scripts/start.js -> dist/
const DIST = path.resolve(__dirname, '..');

function run(name: string, script: string, nodeFlags: readonly string[] = [], env: Readonly<Record<string, string>> = {}): ChildProcess {
  const child = spawn(process.execPath, [...nodeFlags, path.join(DIST, script)], { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`${name} exited (${signal ?? code}); stopping the portal`);
      shutdown(code ?? 1);
    }
  });
  return child;
}

let shuttingDown = false;
const children: ChildProcess[] = [];
function shutdown(code: number): void {
  shuttingDown = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.on('exit', r))))).then(() => process.exit(code));
}

async function waitForReady(url: string, timeoutMs = 60000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function main(): Promise<void> {
  // First start on this machine: .env with NODE_ENV=development and generated keys (never the published ones).
  const local = ensureLocalEnvFile(dotEnvPath(), process.env);
  if (local.added.length > 0) console.log(`${local.created ? 'Wrote' : 'Added to'} ${local.file}: ${local.added.join(', ')} (generated keys: keep this file; losing it loses the encrypted identity numbers)`);
  loadDotEnv();
  const config = validateEnvironment(process.env);
  assertRunnable(config);
  const seeded = await prepareDatabase(config);
  // A demo seeded just now gets its cycle in motion: files at every stage, something for every demo account to do.
  if (seeded) await seedDemoFilesAfterSeed();
  if (!seeded && local.added.includes('PII_ENCRYPTION_KEY')) {
    console.warn(
      'WARNING: PII_ENCRYPTION_KEY was generated just now, but the database already holds data: identity numbers encrypted under an earlier key cannot be read with it. ' +
        'For a local demo database, drop it and run `npm start` again to seed it afresh.',
    );
  }
  // The database is ready; the processes need not race to migrate it again.
  process.env.DATABASE_AUTO_MIGRATE = 'false';
  children.push(run('api', 'apps/api/src/main.js', API_NODE_FLAGS, API_PROCESS_ENV), run('worker', 'apps/worker/src/main.js', WORKER_NODE_FLAGS));
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));

  const base = `http://localhost:${config.PORT}`;
  if (!(await waitForReady(`${base}/health/ready`))) {
    console.error(`The API did not become ready at ${base}/health/ready; see the log above.`);
    return;
  }
  const lines = [
    '',
    '  Design Title Portal is running.',
    `  Web app:                ${base}/   (log in with a demo account, README.md > Demo accounts)`,
    `  API docs (OpenAPI UI):  ${base}/docs`,
    `  OpenAPI document:       ${base}/docs-json`,
    `  Health:                 ${base}/health/ready`,
    `  Log in:                 POST ${base}/api/v1/auth/login  {"email":"${config.ADMIN_EMAIL}","password":"<ADMIN_PASSWORD>"}`,
    `                          (the local default admin password is in README.md > Demo accounts)`,
    seeded ? '  A demo was seeded (a cycle in motion, files at every stage): see README.md > Demo accounts for who to log in as.' : '  The database already had data; nothing was seeded.',
    `  E-mails are ${config.SMTP_URL ? `sent through ${new URL(config.SMTP_URL).host}` : `written as .eml files under ${path.resolve(config.MAIL_DIR)}`}`,
    '  Stop with Ctrl+C.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch((error: Error) => {
  console.error(error.name === 'ConfigValidationError' ? error.message : error);
  shutdown(1);
});
