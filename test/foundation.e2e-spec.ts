import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { INestApplicationContext } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import SwaggerParser from '@apidevtools/swagger-parser';
import { DataSource } from 'typeorm';
import { selectRows, transactionEndingWith } from '@app/db';
import { JobProducer, redisOptionsFromUrl } from '@app/queue';
import { ApiClient, createTestEnvironment, ConfigOverrides, startApi, startWorker } from '@app/testing';

describe('foundation (e2e)', () => {
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;

  beforeAll(async () => {
    env = await createTestEnvironment();
    ({ app, client: api } = await startApi(env));
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers live and ready with both services up', async () => {
    const live = await api.get('/health/live');
    expect(live.status).toBe(200);
    expect(live.headers.get('content-type')).toMatch(/^application\/json/);
    expect(live.body).toEqual({ status: 'ok' });
    expect((await api.get('/api/v1/health/live')).status).toBe(404);
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'up', migrations: 'up', redis: 'up' });
  });

  it('returns and echoes the request id', async () => {
    const generated = await api.get('/health/live');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await api.get('/health/live', { 'x-request-id': 'trace-abc.123' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-abc.123');
  });

  it('sets the API security headers on API responses, errors included', async () => {
    for (const path of ['/health/live', '/api/v1/no-such-route']) {
      const res = await api.get(path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('referrer-policy')).toBeNull();
    }
  });

  it("answers URLs Fastify cannot route in the portal's error shape, without echoing them", async () => {
    const bad = await api.get('/api/v1/applications/%E0%A4%A-junk-<script>');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'BAD_URL', message: expect.any(String), requestId: bad.headers.get('x-request-id') });
    expect(JSON.stringify(bad.body)).not.toContain('junk');
    expect(bad.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    const long = await api.get(`/api/v1/applications/${'a'.repeat(300)}`);
    expect(long.status).toBe(414);
    expect(long.body).toMatchObject({ code: 'URL_PARAMETER_TOO_LONG', requestId: long.headers.get('x-request-id') });
  });

  it('sets the page security headers on the docs UI, whose scripts must load', async () => {
    const ui = await api.get('/docs');
    expect(ui.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(ui.headers.get('referrer-policy')).toBe('no-referrer');
    expect(ui.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a valid OpenAPI 3 document and the docs UI', async () => {
    const doc = await api.get('/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(doc.body))).resolves.toBeDefined();
    // Liveness is served by Fastify directly, and is still documented.
    expect(doc.body.paths['/health/live'].get.responses['200']).toBeDefined();
    expect(doc.body.paths['/health/ready'].get).toBeDefined();
    const ui = await api.get('/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
  });

  it('keeps hot prepared reads (selectRows) working after a migration changes a selected column type', async () => {
    const dataSource = app.get(DataSource);
    await dataSource.query('CREATE TABLE select_rows_probe (id int PRIMARY KEY, name varchar(10))');
    try {
      await dataSource.query("INSERT INTO select_rows_probe VALUES (1, 'a')");
      const read = () => selectRows<{ name: string }>(dataSource.manager, 'SELECT "p"."name" AS "name" FROM "select_rows_probe" "p" WHERE "p"."id" = $1', [1]);
      // Concurrent reads prepare the statement on several pooled connections.
      expect(await Promise.all(Array.from({ length: 12 }, read))).toEqual(Array(12).fill([{ name: 'a' }]));
      await dataSource.query('ALTER TABLE select_rows_probe ALTER COLUMN name TYPE varchar(20)');
      expect(await Promise.all(Array.from({ length: 12 }, read))).toEqual(Array(12).fill([{ name: 'a' }]));
      expect(await read()).toEqual([{ name: 'a' }]);
    } finally {
      await dataSource.query('DROP TABLE select_rows_probe');
    }
  });

  it('ends a transaction with its final statement and COMMIT in one message, and rolls all of it back when that statement fails', async () => {
    const dataSource = app.get(DataSource);
    await dataSource.query('CREATE TABLE final_statement_probe (id int PRIMARY KEY, note text NOT NULL)');
    const notes = async () => (await dataSource.query('SELECT id, note FROM final_statement_probe ORDER BY id')) as { id: number; note: string }[];
    try {
      // Committed: the earlier statement and the final ones, with awkward values inlined safely; each statement's rows, in order.
      const rows = await transactionEndingWith(dataSource, async (tx) => {
        await tx.manager.query('INSERT INTO final_statement_probe VALUES ($1, $2)', [1, 'first']);
        return tx.commitWith([
          { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2) RETURNING id', params: [2, "it's \\ fine"] },
          { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2)', params: [6, 'sixth'] },
          { sql: 'SELECT $1::timestamptz AS at, $2::boolean AS yes, count(*)::int AS n FROM final_statement_probe', params: [new Date('2026-11-28T12:34:56.789Z'), true] },
        ]);
      });
      expect(rows).toEqual([[{ id: 2 }], [], [{ at: new Date('2026-11-28T12:34:56.789Z'), yes: true, n: 3 }]]);
      expect(await notes()).toEqual([{ id: 1, note: 'first' }, { id: 2, note: "it's \\ fine" }, { id: 6, note: 'sixth' }]);

      // A final statement fails (duplicate key), first or last: nothing of the transaction stays, and the connection is clean for the next user.
      for (const failing of [0, 1]) {
        const statements = [
          { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2)', params: [7, 'seventh'] },
          { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2)', params: [8, 'eighth'] },
        ];
        statements[failing].params = [1, 'again'];
        await expect(
          transactionEndingWith(dataSource, async (tx) => {
            await tx.manager.query('INSERT INTO final_statement_probe VALUES ($1, $2)', [3, 'third']);
            return tx.commitWith(statements);
          }),
        ).rejects.toThrow(/duplicate key/);
      }
      // The work fails before the end: rolled back as well.
      await expect(
        transactionEndingWith(dataSource, async (tx) => {
          await tx.manager.query('INSERT INTO final_statement_probe VALUES ($1, $2)', [4, 'fourth']);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      // The statement sent with BEGIN runs inside the transaction: its rows are tx.startRows, and it is rolled back with the rest (no 9 below).
      await expect(
        transactionEndingWith(
          dataSource,
          async (tx) => {
            expect(tx.startRows).toEqual([{ id: 9 }]);
            throw new Error('changed my mind');
          },
          { startingWith: { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2) RETURNING id', params: [9, 'ninth'] } },
        ),
      ).rejects.toThrow('changed my mind');
      // It fails (duplicate key): rejected, nothing stays, the connection is clean.
      await expect(
        transactionEndingWith(dataSource, () => Promise.resolve(), { startingWith: { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2)', params: [1, 'again'] } }),
      ).rejects.toThrow(/duplicate key/);
      // With both ends: first and last statements and COMMIT in two messages.
      const both = await transactionEndingWith(
        dataSource,
        async (tx) => (await tx.commitWith([{ sql: 'SELECT count(*)::int AS n FROM final_statement_probe WHERE id = $1', params: [10] }]))[0],
        { startingWith: { sql: 'INSERT INTO final_statement_probe VALUES ($1, $2)', params: [10, 'tenth'] } },
      );
      expect(both).toEqual([{ n: 1 }]);
      // Without commitWith it commits as usual.
      await transactionEndingWith(dataSource, (tx) => tx.manager.query('INSERT INTO final_statement_probe VALUES ($1, $2)', [5, 'fifth']));
      expect((await notes()).map((n) => n.id)).toEqual([1, 2, 5, 6, 10]);
      const inTransaction = await Promise.all(Array.from({ length: 12 }, () => dataSource.query("SELECT current_setting('transaction_isolation') AS level, now() = statement_timestamp() AS fresh")));
      expect(inTransaction.every(([r]: { fresh: boolean }[]) => r.fresh)).toBe(true); // no pooled connection left inside a transaction
    } finally {
      await dataSource.query('DROP TABLE final_statement_probe');
    }
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const res = await api.get('/api/v1/no-such-thing', { 'x-request-id': 'req-404' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      code: 'ROUTE_NOT_FOUND',
      message: expect.stringContaining('/api/v1/no-such-thing'),
      requestId: 'req-404',
    });
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const res = await api.post('/api/v1/auth/login', '{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('JSON'), requestId: res.headers.get('x-request-id') });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('processes a job enqueued by the api on a real worker over real Redis', async () => {
    const worker: INestApplicationContext = await startWorker(env);
    const events = new QueueEvents('system', { connection: redisOptionsFromUrl(env.REDIS_URL!), prefix: env.QUEUE_PREFIX });
    try {
      await events.waitUntilReady();
      const job = await app.get(JobProducer).enqueue('system.echo', { echoId: 'e2e-1' });
      const result = await job.waitUntilFinished(events, 10000);
      expect(result).toMatchObject({ echoId: 'e2e-1', processedBy: process.pid });
    } finally {
      await events.close();
      await worker.close();
    }
  });

  it('reports 503 naming redis when Redis does not answer', async () => {
    const broken = await startApi({ ...env, REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const res = await broken.client.get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.code).toBe('NOT_READY');
      expect(res.body.message).toContain('redis');
      expect(res.body.details).toEqual({ checks: { database: 'up', migrations: 'up', redis: 'down' } });
      // Public probe: no driver message (host, port, user) in the answer.
      expect(JSON.stringify(res.body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|:1\b/);
    } finally {
      await broken.app.close();
    }
  });
});
