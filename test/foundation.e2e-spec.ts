import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { INestApplicationContext } from '@nestjs/common';
import { QueueEvents } from 'bullmq';
import SwaggerParser from '@apidevtools/swagger-parser';
import { JobProducer, redisOptionsFromUrl } from '@app/queue';
import { ApiClient, ConfigOverrides, startApi, startWorker, usePortal } from '@app/testing';

describe('foundation (e2e)', () => {
  const portal = usePortal();
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;

  beforeAll(async () => {
    ({ app, api, env } = portal);
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
