import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { Client } from 'pg';
import { freePort } from './private-redis';

const run = promisify(execFile);

/** Where PostgreSQL's server programs are (PG_BIN overrides; Debian's layout for 15 by default). */
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * PostgreSQL refuses to run as root: when the tests do, the servers run as the `postgres` system
 * user (the one the packaged cluster runs as), and their folders are handed to it.
 */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

async function pg(program: string, args: string[]): Promise<string> {
  const user = serverUser();
  try {
    const { stdout } = await run(path.join(PG_BIN, program), args, { ...(user ?? {}), env: { PATH: process.env.PATH, LC_ALL: 'C.UTF-8' }, timeout: 60_000 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`${program} failed: ${e.stderr || e.message}`);
  }
}

/** Settings for a throw-away server: no durability (fsync off), small, replication allowed, only on 127.0.0.1 and its own socket folder. */
function serverOptions(port: number, socketDir: string): string {
  return [
    `-p ${port}`,
    `-k ${socketDir}`,
    "-c listen_addresses='127.0.0.1'",
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c shared_buffers=16MB',
    '-c max_connections=60',
    '-c wal_level=replica',
    '-c max_wal_senders=4',
    '-c hot_standby=on',
    // A standby answers as soon as replay allows; the shortest feedback keeps the test's waits short.
    '-c wal_receiver_status_interval=1s',
  ].join(' ');
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder on a free port: a primary made
 * with initdb (trust authentication on 127.0.0.1, replication connections included), or a
 * streaming replica of one made with pg_basebackup -R. The shared test server is never touched,
 * so a test may stop, pause or restart these at will.
 */
export class PrivatePostgres {
  private running = false;

  private constructor(
    readonly dir: string,
    private listenPort: number,
  ) {}

  get port(): number {
    return this.listenPort;
  }

  get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  /** postgres://postgres@127.0.0.1:port/<database> (the superuser; trust authentication). */
  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** A new primary, running. */
  static async primary(): Promise<PrivatePostgres> {
    const server = new PrivatePostgres(makeDir('tp-pg-'), await freePort());
    await pg('initdb', ['-D', server.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    await server.startOnFreePort();
    return server;
  }

  /** A streaming replica of this primary (pg_basebackup -R), running, replaying, and answering reads. */
  async replica(): Promise<PrivatePostgres> {
    const replica = new PrivatePostgres(makeDir('tp-pg-replica-'), await freePort());
    await pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(this.port), '-U', 'postgres', '-D', replica.dataDir, '-R', '-X', 'stream', '-c', 'fast', '--no-sync']);
    await replica.startOnFreePort();
    const [{ recovering }] = await replica.query<{ recovering: boolean }>('SELECT pg_is_in_recovery() AS recovering');
    if (!recovering) throw new Error('the replica is not in recovery');
    return replica;
  }

  /** Starts the server (again, after stop()) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.running) return;
    await pg('pg_ctl', ['-D', this.dataDir, '-l', path.join(this.dir, 'server.log'), '-w', '-t', '60', '-o', serverOptions(this.port, this.dir), 'start']);
    this.running = true;
  }

  /** Stops the server ('fast': sessions are ended, as a shutdown for maintenance would). */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!this.running) return;
    await pg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', 'stop']);
    this.running = false;
  }

  /** Stops the server and removes its folder. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** One statement as the superuser on `database`. */
  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = [], database = 'postgres'): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** The server's log so far (for a failing test's message). */
  log(): string {
    try {
      return fs.readFileSync(path.join(this.dir, 'server.log'), 'utf8');
    } catch {
      return '';
    }
  }

  /** A free port is only free until someone takes it: on a clash, start on another. */
  private async startOnFreePort(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.start();
      } catch (error) {
        if (attempt >= 5 || !/could not (bind|create listen)|already in use/i.test(`${(error as Error).message}\n${this.log()}`)) throw error;
        this.listenPort = await freePort();
      }
    }
  }
}

function makeDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const user = serverUser();
  if (user) fs.chownSync(dir, user.uid, user.gid);
  return dir;
}
