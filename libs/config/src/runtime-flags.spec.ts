import { readFileSync } from 'fs';
import { join } from 'path';
import { API_NODE_FLAGS, API_PROCESS_ENV, apiStartCommand, WORKER_NODE_FLAGS, workerStartCommand } from './runtime-flags';

const scripts = () => (JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('API_NODE_FLAGS', () => {
  it('are the flags and environment package.json starts the API with', () => {
    expect(scripts()['start:api']).toBe(apiStartCommand('dist/apps/api/src/main.js'));
    expect(scripts()['start:api']).toBe(`MALLOC_MMAP_THRESHOLD_=1048576 node ${API_NODE_FLAGS.join(' ')} dist/apps/api/src/main.js`);
  });

  it('fix glibc\'s mmap threshold so argon2\'s buffers go back to the system', () => {
    expect(API_PROCESS_ENV.MALLOC_MMAP_THRESHOLD_).toMatch(/^\d+$/);
    expect(Number(API_PROCESS_ENV.MALLOC_MMAP_THRESHOLD_)).toBeLessThan(19 * 1024 * 1024);
  });

  it('bound the old generation and widen the young one', () => {
    expect(API_NODE_FLAGS.some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
    expect(API_NODE_FLAGS.some((f) => /^--max-semi-space-size=\d+$/.test(f))).toBe(true);
  });
});

describe('WORKER_NODE_FLAGS', () => {
  it('are the flags package.json starts the worker with', () => {
    expect(scripts()['start:worker']).toBe(workerStartCommand('dist/apps/worker/src/main.js'));
    expect(scripts()['start:worker']).toBe(`node ${WORKER_NODE_FLAGS.join(' ')} dist/apps/worker/src/main.js`);
  });

  it('bound the old generation', () => {
    expect(WORKER_NODE_FLAGS.some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
  });
});
