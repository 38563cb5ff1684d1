import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { makeAdmin, TestUser } from './factories';
import { ensureSampleUnit } from './unit-fixtures';
import { ApiClient, ProviderOverride, startApi, startWorker } from './portal';
import { SmtpSink } from './smtp-sink';
import { ConfigOverrides, createTestEnvironment } from './test-environment';

export interface PortalOptions {
  /** Start the worker in this process too (true), optionally with providers replaced. */
  worker?: boolean | { overrides: ProviderOverride[] };
  /** Start an SMTP sink and point SMTP_URL at it. */
  smtp?: boolean;
  /** Configuration on top of the test environment's. */
  env?: ConfigOverrides;
}

/** What one e2e file runs against; read its fields inside tests and hooks (they are set by the harness's beforeAll). */
export interface Portal {
  env: ConfigOverrides;
  app: NestFastifyApplication;
  api: ApiClient;
  /** An admin of this file's database, logged in. */
  admin: TestUser;
  /** Set when `worker` was asked for. */
  worker: INestApplicationContext;
  /** Set when `smtp` was asked for. */
  smtp: SmtpSink;
  db(): DataSource;
}

/**
 * The set-up every e2e file shares, as one call at the top of its describe: a fresh environment,
 * the API over HTTP, optionally the worker and an SMTP sink, and an admin. Registers its own
 * beforeAll/afterAll (so a file's own beforeAll, registered after it, sees a started portal).
 */
export function usePortal(options: PortalOptions = {}): Portal {
  const started: Partial<Portal> = {};
  const portal = new Proxy(started, {
    get(target, key: keyof Portal) {
      if (key === 'db') return () => portalField(target, 'app').get(DataSource);
      return portalField(target, key);
    },
  }) as Portal;

  beforeAll(async () => {
    if (options.smtp) started.smtp = await new SmtpSink().start();
    started.env = await createTestEnvironment({ ...(started.smtp ? { SMTP_URL: started.smtp.url } : {}), ...options.env });
    const api = await startApi(started.env);
    started.app = api.app;
    started.api = api.client;
    if (options.worker) started.worker = await startWorker(started.env, typeof options.worker === 'object' ? options.worker : {});
    started.admin = await makeAdmin(started.app, started.api);
    // Files made from sampleFormData are recommended by its employer: registered, so they can be submitted.
    await ensureSampleUnit(started.app);
  });

  afterAll(async () => {
    await started.worker?.close();
    // A download's last bytes can reach the client a moment before the server marks the response
    // finished; that kept-alive socket would then hold close() for the keep-alive timeout. Every
    // request has been answered by now.
    started.app?.getHttpServer().closeAllConnections();
    await started.app?.close();
    await started.smtp?.close();
  });

  return portal;
}

function portalField<K extends keyof Portal>(started: Partial<Portal>, key: K): NonNullable<Portal[K]> {
  const value = started[key];
  if (value === undefined) throw new Error(`usePortal: ${String(key)} is not there (not started yet, or not asked for)`);
  return value as NonNullable<Portal[K]>;
}
