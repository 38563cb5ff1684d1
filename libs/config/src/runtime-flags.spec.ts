import { readFileSync } from 'fs';
import { join } from 'path';
import { API_NODE_FLAGS } from './runtime-flags';

describe('API_NODE_FLAGS', () => {
  it('are the flags package.json starts the API with', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['start:api']).toBe(`node ${API_NODE_FLAGS.join(' ')} dist/apps/api/src/main.js`);
  });

  it('bound the old generation and widen the young one', () => {
    expect(API_NODE_FLAGS.some((f) => /^--max-old-space-size=\d+$/.test(f))).toBe(true);
    expect(API_NODE_FLAGS.some((f) => /^--max-semi-space-size=\d+$/.test(f))).toBe(true);
  });
});
