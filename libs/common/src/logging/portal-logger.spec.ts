import pino from 'pino';
import { Writable } from 'stream';
import { pinoOptions } from './pino-options';
import { PortalLogger } from './portal-logger';

function memoryLogger(level = 'debug') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const { transport: _pretty, ...options } = pinoOptions({ LOG_LEVEL: level as never, LOG_PRETTY: false });
  return { logger: new PortalLogger(pino(options, stream)), lines };
}

describe('PortalLogger (Nest logger over pino)', () => {
  it('writes the message with the caller context Nest passes last, at the matching level', () => {
    const { logger, lines } = memoryLogger();
    logger.log('started', 'Bootstrap');
    logger.warn('slow', 'Relay');
    logger.verbose('hidden below debug', 'Relay');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: 'started', context: 'Bootstrap' }),
      expect.objectContaining({ level: 40, msg: 'slow', context: 'Relay' }),
    ]);
  });

  it('merges an object message and logs an Error as err, through the censoring serializers', () => {
    const { logger, lines } = memoryLogger();
    logger.log({ jobId: 'j1', password: 'hunter2' }, 'Worker');
    logger.error(new Error('boom'), 'Worker');
    expect(lines[0]).toMatchObject({ jobId: 'j1', context: 'Worker' });
    expect(JSON.stringify(lines[0])).not.toContain('hunter2');
    expect(lines[1]).toMatchObject({ level: 50, context: 'Worker', err: expect.objectContaining({ message: 'boom' }) });
  });

  it("turns Nest's own error(message, stack, context) into an err with that stack", () => {
    const { logger, lines } = memoryLogger();
    logger.error('Unhandled', 'Error: Unhandled\n    at somewhere (file.js:1:1)', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ context: 'ExceptionsHandler', err: expect.objectContaining({ message: 'Unhandled', stack: expect.stringContaining('at somewhere') }) });
  });

  it('adds the bindings of runInContext to every line written inside it, and only there', async () => {
    const { logger, lines } = memoryLogger();
    await logger.runInContext(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      logger.log('inside', 'Svc');
    }, { bindings: { scope: 'request-1' } });
    logger.log('outside', 'Svc');
    expect(lines[0]).toMatchObject({ msg: 'inside', scope: 'request-1' });
    expect(lines[1]).not.toHaveProperty('scope');
  });
});
