import { readFileSync } from 'fs';
import { join } from 'path';
import { API_NODE_FLAGS, API_PROCESS_ENV, apiStartCommand } from './runtime-flags';

describe('API_NODE_FLAGS', () => {
  it('are the flags and environment package.json starts the API with', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start:api']).toBe(apiStartCommand('dist/apps/api/src/main.js'));
    expect(pkg.scripts['start:api']).toBe(`MALLOC_MMAP_THRESHOLD_=1048576 node ${API_NODE_FLAGS.join(' ')} dist/apps/api/src/main.js`);
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
