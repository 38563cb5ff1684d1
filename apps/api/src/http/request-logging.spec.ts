import { AsyncLocalStorage } from 'async_hooks';
import Fastify from 'fastify';
import pino, { Logger } from 'pino';
import { Writable } from 'stream';
import { pinoOptions } from '@app/common';
import { installRequestLogging, RequestLogContext } from './request-logging';

/** A pino logger writing JSON lines into an array, with the portal's serializers. */
function memoryLogger(level: string): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  return { logger: pino({ level, serializers: pinoOptions({ LOG_LEVEL: level, LOG_PRETTY: false }).serializers }, stream), lines };
}

/** nestjs-pino's PinoLogger context API, in miniature: a child logger per context in AsyncLocalStorage. */
function contextOf(root: Logger): RequestLogContext {
  const storage = new AsyncLocalStorage<Logger>();
  return {
    runInContext: (fn, { bindings }) => storage.run(root.child(bindings), fn),
    get logger() {
      return storage.getStore() ?? root;
    },
  };
}

async function appWith(level: string) {
  const { logger, lines } = memoryLogger(level);
  const context = contextOf(logger);
  const app = Fastify();
  app.addHook('onRequest', (request, _reply, done) => {
    request.id = String(request.headers['x-request-id'] ?? request.id);
    done();
  });
  installRequestLogging(app, context, (url) => url.startsWith('/health/'));
  app.get('/ok', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    context.logger.warn('inside the handler');
    return { ok: true };
  });
  app.post('/save', async (request) => {
    context.logger.warn('after the body was parsed');
    return request.body;
  });
  app.get('/boom', async () => {
    throw new Error('boom');
  });
  app.get('/health/live', async () => {
    context.logger.warn('inside a probe');
    return { status: 'ok' };
  });
  await app.ready();
  return { app, lines };
}

describe('installRequestLogging', () => {
  it('binds the request to every log line made while handling it and ends it with one completion line', async () => {
    const { app, lines } = await appWith('info');
    expect((await app.inject({ url: '/ok?x=1', headers: { 'x-request-id': 'r-1' } })).statusCode).toBe(200);
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, msg: 'inside the handler', req: { id: 'r-1', method: 'GET', path: '/ok', query: ['x'] } }),
      expect.objectContaining({ level: 30, msg: 'request completed', req: { id: 'r-1', method: 'GET', path: '/ok', query: ['x'] }, res: expect.objectContaining({ statusCode: 200 }), responseTime: expect.any(Number) }),
    ]);
    await app.close();
  });

  it('keeps the binding after a request body has been read', async () => {
    const { app, lines } = await appWith('warn');
    const res = await app.inject({ method: 'POST', url: '/save', headers: { 'x-request-id': 'r-5' }, payload: { a: 1 } });
    expect(res.json()).toEqual({ a: 1 });
    expect(lines).toEqual([expect.objectContaining({ msg: 'after the body was parsed', req: expect.objectContaining({ id: 'r-5', method: 'POST' }) })]);
    await app.close();
  });

  it('logs a 5xx at error and a 404 at info', async () => {
    const { app, lines } = await appWith('info');
    await app.inject({ url: '/boom', headers: { 'x-request-id': 'r-2' } });
    await app.inject({ url: '/missing', headers: { 'x-request-id': 'r-3' } });
    const completed = lines.filter((l) => l.msg === 'request completed');
    expect(completed.map((l) => [l.level, (l.req as { id: string }).id, (l.res as { statusCode: number }).statusCode])).toEqual([
      [50, 'r-2', 500],
      [30, 'r-3', 404],
    ]);
    await app.close();
  });

  it('leaves skipped requests (health probes) out entirely, and writes no completion line below its level', async () => {
    const quiet = await appWith('warn');
    await quiet.app.inject({ url: '/ok', headers: { 'x-request-id': 'r-4' } });
    await quiet.app.inject({ url: '/health/live' });
    expect(quiet.lines).toEqual([
      expect.objectContaining({ msg: 'inside the handler', req: expect.objectContaining({ id: 'r-4' }) }),
      expect.objectContaining({ msg: 'inside a probe' }),
    ]);
    expect(quiet.lines[1].req).toBeUndefined();
    await quiet.app.close();
  });
});
