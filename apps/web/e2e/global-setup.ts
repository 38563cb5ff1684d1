import { ChildProcess, execFileSync, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { SMTPServer } from 'smtp-server';

const ROOT = path.resolve(__dirname, '../../..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** One fresh value for each signing or encryption key, generated as `npm start` generates them. */
function generatedSecrets(): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled CommonJS, loaded at run time from dist/
  const { GENERATED_SECRETS } = require(path.join(ROOT, 'dist/libs/config/src/secrets-file')) as {
    GENERATED_SECRETS: Record<string, { generate: () => string }>;
  };
  return Object.fromEntries(Object.entries(GENERATED_SECRETS).map(([name, { generate }]) => [name, generate()]));
}

function start(name: string, script: string, env: NodeJS.ProcessEnv, log: string): ChildProcess {
  const out = fs.openSync(log, 'a');
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', script)], { cwd: ROOT, env, stdio: ['ignore', out, out] });
  child.on('exit', (code, signal) => code !== 0 && signal === null && console.error(`${name} exited with ${code}; see ${log}`));
  return child;
}

/**
 * The portal under test: a throwaway database (migrated and seeded with the demo: admin,
 * published forms, an open cycle), the API and the worker from dist/ as production runs them,
 * and an SMTP sink writing every message it receives as an .eml file the tests read.
 * Shares nothing with the development database or its queues.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!fs.existsSync(path.join(ROOT, 'dist/apps/api/src/main.js')) || !fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
    throw new Error('Build first: npm run build (npm run test:web does)');
  }
  const suffix = randomBytes(4).toString('hex');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `tp-web-${suffix}-`));
  const mailDir = path.join(work, 'sink');
  fs.mkdirSync(mailDir);
  let count = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        fs.writeFileSync(path.join(mailDir, `${Date.now()}-${String(count++).padStart(5, '0')}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  sink.on('error', () => undefined);
  const smtpPort = await freePort();
  await new Promise<void>((resolve) => sink.listen(smtpPort, '127.0.0.1', resolve));

  const port = await freePort();
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/title_portal');
  base.pathname = `/tp_web_${suffix}`;
  const baseUrl = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '::',
    PUBLIC_URL: baseUrl,
    DATABASE_URL: base.toString(),
    DATABASE_AUTO_MIGRATE: 'false',
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `tpw-${suffix}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    STORAGE_DIR: path.join(work, 'storage'),
    MAIL_DIR: path.join(work, 'mail'),
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    OUTBOX_POLL_MS: '200',
    SEED_DEMO: 'true',
    // Keys of this run's own, set here so that a developer's .env (written by `npm start`, read by
    // the API and the worker, never by the in-process fixtures of backstage.ts) cannot give the
    // portal a key the fixtures do not share: real environment variables win over .env.
    ...generatedSecrets(),
  };
  // Creates the database, applies the migrations, seeds the demo's accounts, forms and open cycle
  // (not its files: the specs count what they make themselves).
  execFileSync(process.execPath, [path.join(ROOT, 'dist/scripts/seed.js'), '--accounts-only'], { cwd: ROOT, env: { ...env, DATABASE_AUTO_MIGRATE: 'true' }, stdio: 'pipe' });
  const log = path.join(work, 'portal.log');
  const api = start('api', 'apps/api/src/main.js', env, log);
  const worker = start('worker', 'apps/worker/src/main.js', env, log);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ready = await fetch(`${baseUrl}/health/ready`).catch(() => undefined);
    if (ready?.ok) break;
    if (Date.now() > deadline || api.exitCode !== null) throw new Error(`The API did not start:\n${fs.readFileSync(log, 'utf8')}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  // Read by the tests (workers inherit the environment of this process).
  process.env.TP_WEB_BASE_URL = baseUrl;
  process.env.TP_WEB_MAIL_DIR = mailDir;
  process.env.TP_WEB_WORK_DIR = work;
  // For backstage.ts: test set-up through the same services, on the same database and queues.
  process.env.TP_WEB_PORTAL_ENV = JSON.stringify({ ...env, LOG_LEVEL: 'silent' });

  return async () => {
    const stopped = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r(null) : c.once('exit', r)));
    api.kill('SIGTERM');
    worker.kill('SIGTERM');
    await Promise.all([stopped(api), stopped(worker)]);
    await new Promise<void>((resolve) => sink.close(() => resolve()));
    execFileSync('node', ['-e', `require(${JSON.stringify(path.join(ROOT, 'dist/libs/db/src'))}).dropDatabase(${JSON.stringify(base.toString())}).then(()=>process.exit(0))`], { cwd: ROOT, env: { ...env } });
    fs.rmSync(work, { recursive: true, force: true });
  };
}
