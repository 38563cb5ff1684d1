import * as fs from 'fs';
import * as path from 'path';

/**
 * A fresh clone anywhere must pass `npm test`, so no test may read a file outside
 * the repository (CI happens to clone next to ../shared, which hid this once).
 * Every `path.resolve|join(__dirname, '...', ...)` with literal segments in a test
 * or test helper is resolved and must stay under the repository root.
 */
const ROOT = path.resolve(__dirname, '../..');
const TEST_FILE = /\.(spec|e2e-spec)\.ts$/;
const PATH_CALL = /path\.(?:resolve|join)\(\s*__dirname((?:\s*,\s*'[^']*')+)\s*\)/g;

function testSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testSources(full);
    return TEST_FILE.test(entry.name) || full.includes(`${path.sep}libs${path.sep}testing${path.sep}`) ? [full] : [];
  });
}

export function escapingPaths(file: string, source: string): string[] {
  const escaping: string[] = [];
  for (const match of source.matchAll(PATH_CALL)) {
    const segments = [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
    const resolved = path.resolve(path.dirname(file), ...segments);
    if (path.relative(ROOT, resolved).startsWith('..')) escaping.push(`${path.relative(ROOT, file)}: ${match[0]}`);
  }
  return escaping;
}

describe('tests read only the repository', () => {
  it('finds the path calls it is meant to judge', () => {
    const file = path.join(ROOT, 'libs/x/src/a.spec.ts');
    // Built at run time so that this file's own text holds no such call.
    const call = (fn: string, ...segments: string[]) => `path.${fn}(__dirname, ${segments.map((s) => `'${s}'`).join(', ')})`;
    expect(escapingPaths(file, call('resolve', '../../../..', 'shared/test-vectors.json'))).toHaveLength(1);
    expect(escapingPaths(file, call('join', '../../../..', 'outside.json'))).toHaveLength(1);
    expect(escapingPaths(file, call('join', 'fixtures', 'test-vectors.json'))).toEqual([]);
  });

  it('no test or test helper resolves a path outside the repository', () => {
    const files = [...testSources(path.join(ROOT, 'apps')), ...testSources(path.join(ROOT, 'libs')), ...testSources(path.join(ROOT, 'test')), ...testSources(path.join(ROOT, 'scripts'))];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => escapingPaths(file, fs.readFileSync(file, 'utf8')))).toEqual([]);
  });
});
