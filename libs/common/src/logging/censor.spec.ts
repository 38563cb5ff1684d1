import { createServer, IncomingMessage } from 'http';
import type { AddressInfo } from 'net';
import type { Logger } from 'pino';
import { Writable } from 'stream';
import pinoHttp from 'pino-http';
import { CENSOR, censorSensitive } from './censor';
import { pinoHttpOptions } from './logging.module';

describe('censorSensitive', () => {
  it('censors sensitive keys at depths 1 to 4, in objects and arrays, leaving the input untouched', () => {
    const input = {
      password: 'p',
      user: { id: 'u1', phone: '13800138000' },
      body: { identity: { documentNumber: '500103198805124713', fullName: 'x' } },
      items: [{ token: 't' }],
      deep: { a: { b: { c: { password: 'too deep' } } } },
    };
    const before = JSON.stringify(input);
    expect(censorSensitive(input)).toEqual({
      password: CENSOR,
      user: { id: 'u1', phone: CENSOR },
      body: { identity: { documentNumber: CENSOR, fullName: 'x' } },
      items: [{ token: CENSOR }],
      deep: { a: { b: { c: { password: 'too deep' } } } },
    });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('returns a value without sensitive keys as it is, sharing clean parts of a censored one', () => {
    const clean = { a: { b: [1, 2, { c: 'd' }] } };
    expect(censorSensitive(clean)).toBe(clean);
    const mixed = { clean, secret: { password: 'p' } };
    expect(censorSensitive(mixed).clean).toBe(clean);
    expect(censorSensitive('text')).toBe('text');
    expect(censorSensitive(null)).toBeNull();
  });
});

describe('pinoHttpOptions (what reaches the log)', () => {
  function setup() {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const middleware = pinoHttp({ ...pinoHttpOptions({ LOG_LEVEL: 'info', LOG_PRETTY: false }), stream });
    return { lines, middleware };
  }

  it('logs a request by id, method and url only, and censors what is logged within it', async () => {
    const { lines, middleware } = setup();
    const server = createServer((req, res) => {
      (req as IncomingMessage & { id: string }).id = 'r-1';
      middleware(req, res);
      (req as IncomingMessage & { log: Logger }).log.warn({ body: { password: 'hunter2', email: 'a@b.c' }, phone: '13800138000' }, 'login attempt');
      res.statusCode = 401;
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, { method: 'POST', headers: { authorization: 'Bearer secret-token', cookie: 'sid=1' } });
    await new Promise((r) => server.close(r));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ req: { id: 'r-1', method: 'POST', url: '/api/v1/auth/login' }, body: { password: CENSOR, email: 'a@b.c' }, phone: CENSOR });
    expect(lines[1]).toMatchObject({ req: { id: 'r-1' }, res: { statusCode: 401 }, msg: 'request completed' });
    expect(Object.keys(lines[1].req as object)).toEqual(['id', 'method', 'url']);
    const text = JSON.stringify(lines);
    for (const secret of ['hunter2', '13800138000', 'secret-token', 'sid=1']) expect(text).not.toContain(secret);
  });

  it('keeps an error message and stack but censors its sensitive fields', async () => {
    const { lines, middleware } = setup();
    const error = Object.assign(new Error('query failed'), { code: '23505', token: 'abc', detail: { mobile: '13800138000' } });
    middleware.logger.error({ err: error }, 'failed');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ err: { message: 'query failed', code: '23505', token: CENSOR, detail: { mobile: CENSOR } }, msg: 'failed' });
    expect((lines[0].err as { stack: string }).stack).toContain('query failed');
  });
});
