import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { WORKER_NODE_FLAGS } from '@app/config';
import { ConfigOverrides } from './test-environment';

const ROOT = path.resolve(__dirname, '../../..');
const run = promisify(execFile);
const ASSET_EXTS = new Set(['.txt', '.json', '.hbs', '.html']);

function copyAssets(from: string, to: string): void {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const full = path.join(from, entry.name);
    if (entry.isDirectory()) copyAssets(full, path.join(to, entry.name));
    else if (ASSET_EXTS.has(path.extname(entry.name))) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(full, path.join(to, entry.name));
    }
  }
}

/**
 * Compiles the apps the way `npm run build` does (tsc, tsc-alias, data files), into
 * a private temporary folder so tests never race with a developer's dist/. Type
 * errors elsewhere in the tree do not stop the emit (tsc emits anyway); a missing
 * entry file does. Returns the build folder; remove it with fs.rmSync when done.
 */
export async function buildApps(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-build-'));
  const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);
  await run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).catch(() => undefined);
  if (!fs.existsSync(path.join(outDir, 'apps/worker/src/main.js'))) throw new Error('The worker did not compile');
  await run(bin('tsc-alias'), ['-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: ROOT });
  for (const top of ['apps', 'libs']) copyAssets(path.join(ROOT, top), path.join(outDir, top));
  return outDir;
}

/** A compiled worker in its own process, started exactly as production starts it (node WORKER_NODE_FLAGS dist/apps/worker/src/main.js). */
export class WorkerProcess {
  private output = '';
  private exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(buildDir: string, env: ConfigOverrides): WorkerProcess {
    const child = spawn(process.execPath, [...WORKER_NODE_FLAGS, path.join(buildDir, 'apps/worker/src/main.js')], {
      cwd: buildDir,
      // Compiled files live outside the project, so packages are found through NODE_PATH.
      env: { PATH: process.env.PATH, NODE_PATH: path.join(ROOT, 'node_modules'), ...env, LOG_LEVEL: env.LOG_LEVEL === 'silent' ? 'warn' : env.LOG_LEVEL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new WorkerProcess(child);
  }

  get logs(): string {
    return this.output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Kill without any chance to clean up, as a crash or an OOM kill would. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (this.running) this.child.kill(signal);
    await this.exited;
  }
}
