import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { ConfigOverrides } from './test-environment';
import { freePort } from './private-redis';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The compiled API in its own process, started as production starts it
 * (`node dist/apps/api/src/main.js`), with its standard output kept: the way to test
 * what the API really writes to its log.
 */
export class ApiProcess {
  private output = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Starts the API from `buildDir` (see buildApps) and waits until it answers /health/live. */
  static async start(buildDir: string, env: ConfigOverrides): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(buildDir, 'apps/api/src/main.js')], {
      cwd: buildDir,
      // Compiled files live outside the project, so packages are found through NODE_PATH.
      env: { PATH: process.env.PATH, NODE_PATH: path.join(ROOT, 'node_modules'), ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`The API exited with ${child.exitCode}:\n${api.logs}`);
      const live = await fetch(`${api.baseUrl}/health/live`).catch(() => undefined);
      if (live?.ok) return api;
      await new Promise((r) => setTimeout(r, 100));
    }
    await api.stop();
    throw new Error(`The API did not answer within 30 s:\n${api.logs}`);
  }

  get logs(): string {
    return this.output;
  }

  /** Every JSON log line written so far, parsed (LOG_PRETTY=false). */
  get logLines(): Record<string, any>[] {
    return this.output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, any>);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }

  /** Kill without any chance to clean up (no graceful close of open requests), as a crash or an OOM kill would. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    await this.exited;
  }

  /** host:port, as a reverse proxy's upstream names it. */
  get hostPort(): string {
    return new URL(this.baseUrl).host;
  }
}
