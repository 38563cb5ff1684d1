import * as fs from 'fs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import {
  ApiClient,
  ApiProcess,
  buildApps,
  ConfigOverrides,
  createTestEnvironment,
  eventually,
  makeAdmin,
  ownerQuery,
  SmtpSink,
  startApi,
  tokenFrom,
  uniqueEmail,
  WorkerProcess,
} from '@app/testing';

// Compiles the apps and runs them as production does: these tests read what the API and the
// worker really write to their standard output (JSON lines), not a logger set up by the test.
jest.setTimeout(180000);

describe('what the API and the worker write to their logs (e2e)', () => {
  let buildDir: string;
  let env: ConfigOverrides;
  let setup: NestFastifyApplication;
  let setupApi: ApiClient;
  let api: ApiProcess;
  let smtp: SmtpSink;

  beforeAll(async () => {
    buildDir = await buildApps();
    smtp = await new SmtpSink().start();
    env = await createTestEnvironment({ SMTP_URL: smtp.url, LOG_LEVEL: 'info', LOG_PRETTY: 'false' });
    // An in-process API on the same database for set-up only (accounts), silent.
    ({ app: setup, client: setupApi } = await startApi({ ...env, LOG_LEVEL: 'silent' }));
    api = await ApiProcess.start(buildDir, env);
  });

  afterAll(async () => {
    await api?.stop();
    await setup?.close();
    await smtp?.close();
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  /** The log lines of one request, once its completion line has been written. */
  const linesOf = (requestId: string) =>
    eventually(async () => {
      const lines = api.logLines.filter((l) => l.req?.id === requestId || l.requestId === requestId);
      return lines.some((l) => l.msg === 'request completed') ? lines : undefined;
    });

  it('logs a request by its path and the names of its query parameters, never their values or credentials', async () => {
    const admin = await makeAdmin(setup, setupApi);
    const client = new ApiClient(api.baseUrl, admin.accessToken);
    const secretName = '欧阳隐私';
    const res = await client.get(`/api/v1/applications?text=${encodeURIComponent(secretName)}&limit=5`);
    expect(res.status).toBe(200);
    const lines = await linesOf(res.headers.get('x-request-id')!);
    const completed = lines.find((l) => l.msg === 'request completed')!;
    expect(completed.req).toEqual({ id: res.headers.get('x-request-id'), method: 'GET', path: '/api/v1/applications', query: ['text', 'limit'] });
    expect(completed.res).toEqual({ statusCode: 200 });
    expect(api.logs).not.toContain(secretName);
    expect(api.logs).not.toContain(encodeURIComponent(secretName));
    expect(api.logs).not.toContain(admin.accessToken);
  });

  it('logs an unexpected error with its type, message, code and stack, and without the personal data of the request', async () => {
    const email = uniqueEmail('private.person');
    const password = 'a password nobody may read 1';
    const db = setup.get(DataSource);
    // A real 500: the login's account look-up (with the e-mail as a query parameter) fails.
    await ownerQuery(db, 'ALTER TABLE users RENAME TO users_hidden_by_test');
    let res;
    try {
      res = await new ApiClient(api.baseUrl).post('/api/v1/auth/login', { email, password });
    } finally {
      await ownerQuery(db, 'ALTER TABLE users_hidden_by_test RENAME TO users');
    }
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL_ERROR');
    const lines = await linesOf(res.body.requestId);
    const unhandled = lines.find((l) => l.msg === 'Unhandled error');
    expect(unhandled).toBeDefined();
    expect(unhandled!.level).toBe(50);
    expect(unhandled!.err).toMatchObject({ type: 'QueryFailedError', code: '42P01', message: expect.stringContaining('users') });
    expect(unhandled!.err.stack).toMatch(/QueryFailedError[\s\S]*\n\s+at /);
    expect(unhandled!.req).toEqual({ id: res.body.requestId, method: 'POST', path: '/api/v1/auth/login' });
    expect(lines.find((l) => l.msg === 'request completed')!.level).toBe(50);
    for (const secret of [email, password]) expect(api.logs).not.toContain(secret);
  });

  it('keeps tokens, passwords and addresses out of the worker log while it delivers', async () => {
    const worker = WorkerProcess.start(buildDir, { ...env, LOG_LEVEL: 'debug' });
    try {
      const email = uniqueEmail('worker.log');
      const password = 'worker log password 12345';
      const res = await new ApiClient(api.baseUrl).post('/api/v1/auth/register', { email, password, fullName: 'Log Reader', locale: 'en' });
      expect(res.status).toBe(202);
      const [mail] = await smtp.waitFor(email, 1, 30000);
      const token = tokenFrom(mail);
      // Delivered: the worker has logged whatever it logs about this message.
      await eventually(async () => (await setup.get(DataSource).query("SELECT 1 FROM notification_deliveries WHERE status = 'sent'")).length > 0);
      expect(worker.logs.length).toBeGreaterThan(0);
      for (const secret of [token, password]) {
        expect(worker.logs).not.toContain(secret);
        expect(api.logs).not.toContain(secret);
      }
    } finally {
      await worker.kill('SIGTERM');
    }
  });
});
