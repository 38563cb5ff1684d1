import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as dotenv from 'dotenv';
import { EnvironmentVariables, runProblems, SIGNING_SECRETS, validateEnvironment } from './env.schema';
import { ensureLocalEnvFile, GENERATED_SECRETS } from './secrets-file';

describe('ensureLocalEnvFile (the first `npm start` on a machine)', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-env-'));
    file = path.join(dir, '.env');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = () => dotenv.parse(fs.readFileSync(file));

  it('writes .env, readable by its owner only, with development asked for and a generated key for every signing secret', () => {
    const result = ensureLocalEnvFile(file, {});
    expect(result).toEqual({ file, created: true, added: ['NODE_ENV', ...SIGNING_SECRETS] });
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const env = read();
    expect(env.NODE_ENV).toBe('development');
    const published = new EnvironmentVariables();
    for (const name of SIGNING_SECRETS) expect(env[name]).not.toBe(published[name]);
    // The file alone makes a configuration the API and the worker accept.
    const config = validateEnvironment(env);
    expect(runProblems(config)).toEqual([]);
    expect(Buffer.from(config.PII_ENCRYPTION_KEY, 'hex')).toHaveLength(32);
  });

  it('generates different keys on every machine', () => {
    const other = path.join(dir, 'other.env');
    ensureLocalEnvFile(file, {});
    ensureLocalEnvFile(other, {});
    const a = read();
    const b = dotenv.parse(fs.readFileSync(other));
    for (const name of SIGNING_SECRETS) expect(a[name]).not.toBe(b[name]);
  });

  it('reuses the file on later starts: nothing rewritten', () => {
    ensureLocalEnvFile(file, {});
    const before = fs.readFileSync(file, 'utf8');
    expect(ensureLocalEnvFile(file, {})).toEqual({ file, created: false, added: [] });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('adds only what an existing .env lacks, keeping every line it has', () => {
    fs.writeFileSync(file, 'NODE_ENV=development\nPORT=4000\nJWT_SECRET=my-own-secret-of-at-least-32-characters!!', { mode: 0o644 });
    expect(ensureLocalEnvFile(file, {}).added).toEqual(['PII_ENCRYPTION_KEY', 'AUDIT_SIGNING_KEY']);
    const env = read();
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: '4000', JWT_SECRET: 'my-own-secret-of-at-least-32-characters!!' });
    expect(env.PII_ENCRYPTION_KEY).toMatch(/^[0-9a-f]{64}$/);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('fills an empty line copied from .env.example', () => {
    fs.writeFileSync(file, 'NODE_ENV=development\nJWT_SECRET=\nPII_ENCRYPTION_KEY=\n');
    ensureLocalEnvFile(file, {});
    expect(runProblems(validateEnvironment(read()))).toEqual([]);
  });

  it('writes no key the real environment already sets (it wins over .env)', () => {
    const result = ensureLocalEnvFile(file, { JWT_SECRET: 'from-the-environment-at-least-32-characters' });
    expect(result.added).toEqual(['NODE_ENV', 'PII_ENCRYPTION_KEY', 'AUDIT_SIGNING_KEY']);
    expect(read().JWT_SECRET).toBeUndefined();
  });

  it.each(['production', 'test'])('writes nothing when NODE_ENV is %s: production brings its own keys', (mode) => {
    expect(ensureLocalEnvFile(file, { NODE_ENV: mode })).toEqual({ file, created: false, added: [] });
    expect(fs.existsSync(file)).toBe(false);
    fs.writeFileSync(file, `NODE_ENV=${mode}\n`);
    expect(ensureLocalEnvFile(file, {}).added).toEqual([]);
  });

  it('has a generator for every signing secret', () => {
    expect(Object.keys(GENERATED_SECRETS).sort()).toEqual([...SIGNING_SECRETS].sort());
  });
});
