import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort } from './private-redis';

/** Debian's nginx (`apt-get install nginx`); tests that need a real proxy skip when it is absent. */
export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export function nginxAvailable(): boolean {
  return fs.existsSync(NGINX_BIN);
}

export interface NginxProxyOptions {
  /**
   * The local address nginx connects to the upstreams from (proxy_bind). Any 127.x.y.z is this
   * machine on Linux: a distinct one lets a test tell the proxy's address from the client's.
   */
  bindAddress?: string;
}

/**
 * The nginx configuration the portal is meant to run behind: round robin over the API
 * replicas, X-Forwarded-For appended (the API runs with TRUST_PROXY=1, so it takes the last
 * entry: the address nginx saw). A replica that refuses a connection or times out is marked
 * failed for fail_timeout and the request goes to the next one; nginx passes a non-idempotent
 * request (POST, PATCH) on only if it never reached the dead replica, so a POST in flight when
 * a replica dies is answered 502 and never run twice by the proxy.
 */
export function nginxConfig(options: { dir: string; port: number; upstreams: string[]; bindAddress?: string }): string {
  const { dir } = options;
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  log_format upstreams '$remote_addr "$request" $status upstream=$upstream_addr upstream_status=$upstream_status';
  access_log ${dir}/access.log upstreams;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 25m;

  upstream portal_api {
${options.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=30s;`).join('\n')}
  }

  server {
    listen 127.0.0.1:${options.port};
    location / {
      proxy_pass http://portal_api;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
${options.bindAddress ? `      proxy_bind ${options.bindAddress};\n` : ''}    }
  }
}
`;
}

/** A private nginx (its own configuration, pid and logs in a temporary folder) on a free local port. */
export class NginxProxy {
  private output = '';
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
    readonly dir: string,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Starts nginx in front of `upstreams` (host:port each) and waits until it answers. */
  static async start(upstreams: string[], options: NginxProxyOptions = {}): Promise<NginxProxy> {
    if (!nginxAvailable()) throw new Error(`No nginx at ${NGINX_BIN} (apt-get install nginx, or set NGINX_BIN)`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-nginx-'));
    // Run as root, nginx's worker drops to `nobody`, which must reach the temp folders.
    fs.chmodSync(dir, 0o755);
    const port = await freePort();
    const conf = path.join(dir, 'nginx.conf');
    fs.writeFileSync(conf, nginxConfig({ dir, port, upstreams, bindAddress: options.bindAddress }));
    // -e: the error log before the configuration is read (the default is under /var/log/nginx).
    const child = spawn(NGINX_BIN, ['-c', conf, '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
    const proxy = new NginxProxy(child, `http://127.0.0.1:${port}`, dir);
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        await proxy.stop();
        throw new Error(`nginx exited with ${child.exitCode}:\n${proxy.output}\n${proxy.errorLog}`);
      }
      const live = await fetch(`${proxy.baseUrl}/health/live`).catch(() => undefined);
      if (live?.ok) return proxy;
      await new Promise((r) => setTimeout(r, 100));
    }
    await proxy.stop();
    throw new Error(`nginx did not answer within 15 s:\n${proxy.errorLog}`);
  }

  private read(name: string): string {
    const file = path.join(this.dir, name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  }

  get errorLog(): string {
    return this.read('error.log');
  }

  /** One line per request: client, request line, status, the upstream(s) tried and their statuses. */
  get accessLog(): string[] {
    return this.read('access.log').split('\n').filter(Boolean);
  }

  /** Stops nginx (fast shutdown) and removes its folder. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
