import { ChildProcess, spawn } from 'child_process';
import { createServer } from 'net';
import Redis from 'ioredis';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Another process listens on the port (e.g. a parallel test file took it between the pick and the start). */
export class PortTakenError extends Error {}

const START_TIMEOUT_MS = 10000;

/**
 * A redis-server of the test's own on a free port, so an outage test can stop and
 * restart Redis without touching the shared instance.
 *
 * A free port is only free until someone takes it: a parallel file may start its own
 * Redis there between our pick and our start. So the server counts as up only when the
 * one answering on the port is our child process (INFO's process_id is the child's pid),
 * a clash at creation is retried on another port, and stop() stops only our child.
 */
export class PrivateRedis {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(readonly port: number) {}

  /** A running private Redis; `pickPort` chooses candidate ports (a free one each time, by default). */
  static async create(pickPort: () => Promise<number> = freePort): Promise<PrivateRedis> {
    for (let attempt = 1; ; attempt++) {
      const redis = new PrivateRedis(await pickPort());
      try {
        await redis.start();
        return redis;
      } catch (error) {
        if (!(error instanceof PortTakenError) || attempt >= 5) throw error;
      }
    }
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** The pid of our redis-server while it runs. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  /**
   * Starts our redis-server on `port` (again, after stop()) and resolves once it is the one
   * answering there. Throws PortTakenError when another process holds the port.
   */
  async start(): Promise<void> {
    if (this.child) throw new Error(`private redis-server on port ${this.port} is already running`);
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.child = null;
        if (/address already in use/i.test(output)) throw new PortTakenError(`port ${this.port} is taken by another process`);
        throw new Error(`private redis-server on port ${this.port} exited: ${output.slice(-500)}`);
      }
      if ((await this.answeringPid()) === child.pid) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    await this.stop();
    throw new Error(`private redis-server on port ${this.port} did not start`);
  }

  /** Kills our redis-server (never whatever else may listen on the port) and waits until it is gone. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await this.exited;
  }

  /** The process id of the Redis answering on the port, or null when none answers. */
  private async answeringPid(): Promise<number | null> {
    const client = new Redis({ port: this.port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      const match = /^process_id:(\d+)/m.exec(await client.info('server'));
      return match ? Number(match[1]) : null;
    } catch {
      return null; // not up yet
    } finally {
      client.disconnect();
    }
  }
}
