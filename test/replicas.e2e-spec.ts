import * as fs from 'fs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { PasswordHasher, User } from '@app/identity';
import { JobProducer } from '@app/queue';
import {
  ApiClient,
  ApiProcess,
  buildApps,
  ConfigOverrides,
  createTestEnvironment,
  eventually,
  HttpResult,
  makeOpenCycle,
  makeUser,
  NGINX_BIN,
  nginxAvailable,
  NginxProxy,
  ReceivedMail,
  S3TestServer,
  SmtpSink,
  startApi,
  ensureSampleUnit,
  TEST_PASSWORD,
  tinyPdf,
  uniqueEmail,
  WorkerProcess,
  completeFormData,
} from '@app/testing';

// Two APIs and two workers, compiled and run as production runs them, behind a real nginx, with
// evidence in object storage. The build takes most of the time.
jest.setTimeout(180000);

/** nginx connects to the APIs from this address, so the proxy's address differs from the client's (127.0.0.1). */
const NGINX_ADDRESS = '127.0.0.3';
const APPLICANTS = 20;
const REGISTRATIONS = 20;
/** SIGKILL one API and one worker once this many answers have come back through nginx. */
const KILL_AFTER_ANSWERS = 70;

// CI installs nginx and sets NGINX_REQUIRED (.ci/run): there a missing nginx fails the file. A
// developer machine without it skips the file, and says so.
const skipWithoutNginx = !nginxAvailable() && !process.env.NGINX_REQUIRED && !process.env.CI;
if (skipWithoutNginx) console.warn(`test/replicas.e2e-spec.ts skipped: no nginx at ${NGINX_BIN} (apt-get install nginx, or set NGINX_BIN)`);
const describeWithNginx = skipWithoutNginx ? describe.skip : describe;

function pdfForm(kind: string, name: string): FormData {
  const fd = new FormData();
  fd.append('kind', kind);
  fd.append('file', new Blob([new Uint8Array(tinyPdf(name))], { type: 'application/pdf' }), `${name}.pdf`);
  return fd;
}

describeWithNginx('several replicas behind nginx, one truth (e2e)', () => {
  let built: Promise<string> | undefined;
  let buildDir: string | undefined;
  let env: ConfigOverrides;
  let setup: NestFastifyApplication;
  let db: DataSource;
  const s3 = new S3TestServer('replicas-evidence');
  let smtp: SmtpSink;
  let apis: ApiProcess[] = [];
  let workers: WorkerProcess[] = [];
  let nginx: NginxProxy;
  let cycle: Cycle;

  beforeAll(async () => {
    // Compiled while the servers start; afterAll waits for it, so a failure elsewhere leaves no build behind.
    built = buildApps();
    built.catch(() => undefined);
    [smtp] = await Promise.all([new SmtpSink().start(), s3.start()]);
    env = await createTestEnvironment({
      ...s3.env,
      SMTP_URL: smtp.url,
      // One proxy in front: the API takes the last X-Forwarded-For entry, the one nginx appended.
      TRUST_PROXY: '1',
      // Small enough to exhaust in a few requests; no login delay to wait through.
      LOGIN_MAX_FAILURES_PER_CLIENT: '3',
      LOGIN_DELAY_AFTER_FAILURES: '1000',
      // Every request of the load arrives from one address (the test's): lift the per-address limits.
      RATE_LIMIT_MAIL_PER_IP: '10000',
      RATE_LIMIT_SESSION_PER_IP: '10000',
      // A killed worker's jobs are taken over in about 2 s rather than the default 30.
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
    });
    // In-process, on the same database: set-up (cycle, accounts) and the final look into the queue.
    ({ app: setup } = await startApi(env));
    db = setup.get(DataSource);
    cycle = await makeOpenCycle(setup, { levels: ['intermediate'] });
    // The sample form's employer recommends the files submitted here.
    await ensureSampleUnit(setup);
    buildDir = await built;
    const started = await Promise.allSettled([ApiProcess.start(buildDir, env), ApiProcess.start(buildDir, env)]);
    // Kept even if the other failed, so that afterAll stops it.
    apis = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    workers = [WorkerProcess.start(buildDir, env), WorkerProcess.start(buildDir, env)];
    nginx = await NginxProxy.start(
      apis.map((a) => a.hostPort),
      { bindAddress: NGINX_ADDRESS },
    );
  });

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(apis.map((a) => a.kill('SIGTERM')));
    await Promise.all(workers.map((w) => w.kill('SIGTERM')));
    setup?.getHttpServer().closeAllConnections();
    await setup?.close();
    await smtp?.close();
    await s3.close();
    buildDir ??= await built?.catch(() => undefined);
    if (buildDir) fs.rmSync(buildDir, { recursive: true, force: true });
  });

  /** Accounts inserted directly (verified applicants), one password hash for all. */
  async function insertApplicants(count: number): Promise<string[]> {
    const passwordHash = await setup.get(PasswordHasher).hash(TEST_PASSWORD);
    const emails = Array.from({ length: count }, () => uniqueEmail('replica'));
    await db.getRepository(User).insert(
      emails.map((email) => ({ email, fullName: 'Replica Applicant', roles: ['applicant' as const], locale: 'en' as const, status: 'active' as const, emailVerifiedAt: new Date(), passwordHash })),
    );
    return emails;
  }

  describe('with both replicas up (each hit directly)', () => {
    it('honours a session from one API on the other, and a refresh token spent on one is spent on both', async () => {
      const [a, b] = apis.map((api) => new ApiClient(api.baseUrl));
      const user = await makeUser(setup, a);
      expect((await b.withToken(user.accessToken).get('/api/v1/me')).status).toBe(200);
      const refreshed = await b.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken });
      expect(refreshed.status).toBe(200);
      expect((await a.withToken(refreshed.body.accessToken).get('/api/v1/me')).status).toBe(200);
      // Replaying the spent token on the API that issued it: refused, it was spent on the other.
      expect((await a.post('/api/v1/auth/refresh', { refreshToken: user.refreshToken })).status).toBe(401);
    });

    it('counts failed logins in one place: three guesses spread over both APIs exhaust the limit on both', async () => {
      const [email] = await insertApplicants(1);
      const from = { 'x-forwarded-for': '198.51.100.23' };
      const guess = (api: ApiProcess) => new ApiClient(api.baseUrl).post('/api/v1/auth/login', { email, password: 'not the password at all' }, from);
      const statuses = [];
      for (const api of [apis[0], apis[1], apis[0], apis[1], apis[0]]) statuses.push((await guess(api)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // The right password from that client is refused too, on either replica: the pair is refused, not the guess.
      expect((await new ApiClient(apis[1].baseUrl).post('/api/v1/auth/login', { email, password: TEST_PASSWORD }, from)).status).toBe(429);
    });

    it('serves through one API a file uploaded through the other (object storage, not a replica\'s disk)', async () => {
      const [a, b] = apis.map((api) => new ApiClient(api.baseUrl));
      const user = await makeUser(setup, a);
      const draft = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
      expect(draft.status).toBe(201);
      const uploaded = await a.withToken(user.accessToken).post(`/api/v1/applications/${draft.body.id}/attachments`, pdfForm('portfolio', 'cross-replica'));
      expect(uploaded.status).toBe(201);
      const download = await fetch(`${b.baseUrl}/api/v1/applications/${draft.body.id}/attachments/${uploaded.body.id}`, { headers: { authorization: `Bearer ${user.accessToken}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(tinyPdf('cross-replica'))).toBe(true);
      // Both replicas share STORAGE_DIR on this machine: the file must be in the bucket and nowhere on that disk.
      const [row] = await db.query('SELECT storage_key FROM attachments WHERE id = $1', [uploaded.body.id]);
      expect(await s3.keys()).toContain(row.storage_key);
      const onDisk = fs.existsSync(env.STORAGE_DIR!) ? fs.readdirSync(env.STORAGE_DIR!, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
      expect(onDisk).toEqual([]);
    });
  });

  describe('through nginx', () => {
    it('records the address nginx saw (the client\'s), neither what the client wrote nor the proxy\'s own', async () => {
      const email = uniqueEmail('via.proxy');
      // The client forges an address; nginx appends the real one (127.0.0.1) and connects from 127.0.0.3.
      const res = await new ApiClient(nginx.baseUrl).post(
        '/api/v1/auth/register',
        { email, password: TEST_PASSWORD, fullName: 'Proxy Address', locale: 'en' },
        { 'x-forwarded-for': '203.0.113.77' },
      );
      expect(res.status).toBe(202);
      const rows = await db.query("SELECT a.ip FROM audit_log a JOIN users u ON u.id = a.entity_id::uuid WHERE a.action = 'user.registered' AND u.email = $1", [email]);
      // 203.0.113.77 would mean the API trusted the client's own entry; 127.0.0.3, that it ignored the header.
      expect(rows).toEqual([{ ip: '127.0.0.1' }]);
    });

    it('keeps every acknowledged write, gap-free reference numbers and one message per promise when an API and a worker are SIGKILLed mid-run', async () => {
      const started = Date.now();
      const proxy = new ApiClient(nginx.baseUrl);
      const applicantEmails = await insertApplicants(APPLICANTS);
      const registrationEmails = Array.from({ length: REGISTRATIONS }, () => uniqueEmail('replica.reg'));

      // What the client was told (2xx), request by request.
      const acked = {
        registrations: [] as string[],
        logins: [] as { email: string; accessToken: string }[],
        drafts: [] as string[],
        saves: [] as { id: string; version: number }[],
        uploads: [] as { applicationId: string; id: string }[],
        submissions: [] as { id: string; referenceNumber: string; email: string }[],
      };
      const tally: Record<string, number> = {};
      let answers = 0;
      let resumed = 0;
      let killed: Promise<void> | undefined;
      let killedAt = 0;
      /** One request through nginx; the kill happens when enough answers have come back (requests are in flight then). */
      async function send(method: 'get' | 'post' | 'patch', client: ApiClient, path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResult> {
        let res: HttpResult;
        try {
          res = await (method === 'get' ? client.get(path, headers) : client[method](path, body, headers));
        } catch {
          res = { status: 0, headers: new Headers(), body: undefined };
        }
        tally[res.status] = (tally[res.status] ?? 0) + 1;
        if (++answers === KILL_AFTER_ANSWERS) {
          killedAt = Date.now() - started;
          killed = Promise.all([apis[0].kill('SIGKILL'), workers[0].kill('SIGKILL')]).then(() => undefined);
        }
        return res;
      }
      /** A request the client may repeat after a gateway error: nginx answered 502 (the replica died under it). */
      async function sendRetrying(...args: Parameters<typeof send>): Promise<HttpResult> {
        for (let attempt = 1; ; attempt++) {
          const res = await send(...args);
          if (![0, 502, 503, 504].includes(res.status) || attempt === 3) return res;
          await new Promise((r) => setTimeout(r, 200));
        }
      }

      async function register(email: string): Promise<void> {
        // Not repeated: a 502 may hide a committed registration (then its mail must still arrive, once).
        const res = await send('post', proxy, '/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName: 'Replica Registrant', locale: 'en' });
        if (res.status === 202) acked.registrations.push(email);
      }

      /** An applicant's file from login to submission; stops at the first write the client was not told succeeded. */
      async function journey(email: string): Promise<void> {
        // Logging in again is harmless: repeated on a gateway error.
        const login = await sendRetrying('post', proxy, '/api/v1/auth/login', { email, password: TEST_PASSWORD });
        if (login.status !== 200) return;
        acked.logins.push({ email, accessToken: login.body.accessToken });
        const me = proxy.withToken(login.body.accessToken);
        const draft = await send('post', me, '/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
        if (draft.status !== 201) return;
        const id = draft.body.id as string;
        acked.drafts.push(id);
        let version = draft.body.version as number;
        // Two saves, as an applicant saving as they go.
        for (let save = 0; save < 2; save++) {
          let saved = await send('patch', me, `/api/v1/applications/${id}`, { version, data: completeFormData('intermediate', { applicant: email }) });
          if (saved.status === 502) {
            // The save may or may not have committed: read the file again (a GET nginx may retry) and save on that version.
            const current = await sendRetrying('get', me, `/api/v1/applications/${id}`);
            if (current.status !== 200) return;
            resumed++;
            saved = await send('patch', me, `/api/v1/applications/${id}`, { version: current.body.version, data: completeFormData('intermediate', { applicant: email }) });
          }
          if (saved.status !== 200) return;
          version = saved.body.version;
          acked.saves.push({ id, version });
        }
        const eligibility = await sendRetrying('get', me, `/api/v1/applications/${id}/eligibility`);
        if (eligibility.status !== 200) return;
        for (const { kind, minCount } of eligibility.body.evidence.required as { kind: string; minCount: number }[]) {
          for (let n = 0; n < minCount; n++) {
            const upload = await send('post', me, `/api/v1/applications/${id}/attachments`, pdfForm(kind, `${kind}-${n}`));
            if (upload.status !== 201) return;
            acked.uploads.push({ applicationId: id, id: upload.body.id });
          }
        }
        let submitted = await send('post', me, `/api/v1/applications/${id}/submit`, { declarationAccepted: true });
        if (submitted.status === 502) {
          // Submitted or not? Read it again; submit again only if it is still a draft (a second submit would be refused 409).
          const current = await sendRetrying('get', me, `/api/v1/applications/${id}`);
          if (current.status !== 200 || current.body.status !== 'draft') return;
          resumed++;
          submitted = await send('post', me, `/api/v1/applications/${id}/submit`, { declarationAccepted: true });
        }
        if (submitted.status === 200) acked.submissions.push({ id, referenceNumber: submitted.body.referenceNumber, email });
      }

      await Promise.all([...applicantEmails.map(journey), ...registrationEmails.map(register)]);
      const loadMs = Date.now() - started;
      expect(killed).toBeDefined();
      await killed;

      // Every acknowledged write is there.
      const one = async (sql: string, params: unknown[]) => (await db.query(sql, params))[0];
      for (const email of acked.registrations) expect(await one('SELECT 1 AS ok FROM users WHERE email = $1', [email])).toEqual({ ok: 1 });
      for (const id of acked.drafts) expect(await one('SELECT 1 AS ok FROM applications WHERE id = $1', [id])).toEqual({ ok: 1 });
      for (const { id, version } of acked.saves) expect((await one('SELECT version FROM applications WHERE id = $1', [id])).version).toBeGreaterThanOrEqual(version);
      const keys = new Set(await s3.keys());
      for (const { applicationId, id } of acked.uploads) {
        const row = await one('SELECT storage_key FROM attachments WHERE id = $1 AND application_id = $2', [id, applicationId]);
        expect(keys.has(row?.storage_key)).toBe(true);
      }
      for (const { id, referenceNumber } of acked.submissions) {
        expect(await one('SELECT status, reference_number, declaration_ip FROM applications WHERE id = $1', [id])).toEqual({
          status: 'with_unit',
          reference_number: referenceNumber,
          // The applicant's address as nginx saw it, on the declaration of every file.
          declaration_ip: '127.0.0.1',
        });
      }
      // Every session handed out still works, now that only the other API answers.
      for (const { accessToken } of acked.logins) expect((await proxy.withToken(accessToken).get('/api/v1/me')).status).toBe(200);

      // Reference numbers: 1..n in the cycle, whatever died mid-transaction (the counter rolls back with it).
      const refs: { reference_number: string }[] = await db.query('SELECT reference_number FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL', [cycle.id]);
      const sequences = refs.map((r) => Number(r.reference_number.slice(-6))).sort((x, y) => x - y);
      expect(sequences).toEqual(sequences.map((_, i) => i + 1));
      expect(refs.length).toBeGreaterThanOrEqual(acked.submissions.length);
      expect(await one('SELECT last_number FROM cycle_counters WHERE cycle_id = $1', [cycle.id])).toEqual({ last_number: refs.length });

      // Messages: every committed promise delivered once by the surviving worker; nothing promised, nothing sent.
      const registered = new Set<string>(
        (await db.query('SELECT email FROM users WHERE email = ANY($1)', [registrationEmails])).map((r: { email: string }) => r.email),
      );
      const submittedBy: { email: string; reference_number: string }[] = await db.query(
        'SELECT u.email, a.reference_number FROM applications a JOIN users u ON u.id = a.applicant_id WHERE a.cycle_id = $1 AND a.reference_number IS NOT NULL',
        [cycle.id],
      );
      await smtp.waitForEach([...registered, ...submittedBy.map((s) => s.email)], 60000);
      // Nothing left to send: no undispatched outbox row, no delivery job waiting or running.
      const queue = setup.get(JobProducer).queueFor('notifications.deliver');
      await eventually(async () => {
        const [{ n }] = await db.query('SELECT count(*)::int AS n FROM outbox_events WHERE dispatched_at IS NULL');
        if (n !== 0) return false;
        const live = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        return live.waiting + live.active + live.delayed + live.prioritized === 0;
      }, 30000);
      // Counted by Message-ID: a worker killed between the SMTP server's acceptance and its own record of it
      // sends that one message again with the same Message-ID (see DeliveryService), which a mail server
      // drops as a duplicate. Any other repeat, or a promise not kept, shows here.
      const distinct = (email: string, filter: (m: ReceivedMail) => boolean = () => true) => new Set(smtp.to(email).filter(filter).map((m) => m.messageId)).size;
      const isReceipt = (m: ReceivedMail) => m.text.includes(cycle.code);
      const wrongCounts = [
        ...registrationEmails.filter((e) => distinct(e) !== (registered.has(e) ? 1 : 0)).map((e) => `${e}: ${distinct(e)}`),
        ...applicantEmails
          .map((e) => ({ e, receipts: distinct(e, isReceipt), expected: submittedBy.filter((s) => s.email === e).length }))
          .filter((x) => x.receipts !== x.expected)
          .map((x) => `${x.e}: ${x.receipts} receipts, ${x.expected} submitted`),
      ];
      expect(wrongCounts).toEqual([]);
      for (const { email, reference_number } of submittedBy) expect(smtp.to(email).some((m) => m.text.includes(reference_number))).toBe(true);

      // nginx used both replicas, then only the survivor; the dead one was tried and passed over.
      const upstreams = nginx.accessLog.map((line) => /upstream=(\S+(?:, \S+)*)/.exec(line)?.[1] ?? '');
      expect(upstreams.some((u) => u.includes(apis[0].hostPort))).toBe(true);
      expect(upstreams.some((u) => u.includes(apis[1].hostPort))).toBe(true);

      const figures = {
        requests: answers,
        statuses: tally,
        killedAfterMs: killedAt,
        loadMs,
        totalMs: Date.now() - started,
        acknowledged: Object.fromEntries(Object.entries(acked).map(([k, v]) => [k, v.length])),
        submittedInDb: refs.length,
        registeredInDb: registered.size,
        mails: smtp.messages.length,
        resentSameMessageId: smtp.messages.length - new Set(smtp.messages.map((m) => m.messageId)).size,
        failedOver: upstreams.filter((u) => u.includes(',')).length,
        resumedAfter502: resumed,
      };
      process.stdout.write(`replicas: ${JSON.stringify(figures)}\n`);
      if (process.env.REPLICAS_DEBUG) process.stdout.write(`${nginx.accessLog.filter((l) => / 50\d /.test(l) || l.includes(',')).join('\n')}\n${nginx.errorLog}\n`);
      // The load did run past the kill: some requests were answered after it (by the survivor), and the
      // kill was felt: a request in flight on the dead API answered 502, or one sent to it went on to the other.
      expect(answers).toBeGreaterThan(KILL_AFTER_ANSWERS);
      expect((tally[502] ?? 0) + figures.failedOver).toBeGreaterThan(0);
      expect(acked.submissions.length).toBeGreaterThan(0);
    });
  });
});
