import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateAuditSigningKey } from '@app/config';
import { ensureDatabase } from '@app/db';
import { asTestAppRole, baseDatabaseUrl, randomSuffix, runPrefix, templateDatabaseName, withDatabase } from './test-run';

export type ConfigOverrides = Record<string, string | undefined>;

/**
 * A fresh environment for one e2e file: its own database (cloned from the migrated
 * template), its own BullMQ prefix and its own mail and storage folders. The apps connect as
 * the restricted role (DATABASE_URL), as in production; DATABASE_OWNER_URL is the owner's (see
 * ownerQuery for test code that needs the owner's rights).
 */
export async function createTestEnvironment(extra: ConfigOverrides = {}): Promise<ConfigOverrides> {
  const suffix = randomSuffix();
  const url = withDatabase(baseDatabaseUrl(), `${runPrefix()}_${suffix}`);
  for (let attempt = 0; ; attempt++) {
    try {
      await ensureDatabase(url, templateDatabaseName());
      break;
    } catch (error) {
      // Two files cloning the template at the same instant can collide; try again.
      if (attempt >= 5 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 300));
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tp-test-${suffix}-`));
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    LOG_PRETTY: 'false',
    DATABASE_URL: asTestAppRole(url),
    DATABASE_OWNER_URL: url,
    DATABASE_AUTO_MIGRATE: 'false',
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `tpt-${suffix}`,
    MAIL_DIR: path.join(dir, 'mail'),
    STORAGE_DIR: path.join(dir, 'storage'),
    AUDIT_CHECKPOINT_DIR: path.join(dir, 'audit-checkpoints'),
    AUDIT_SIGNING_KEY: generateAuditSigningKey(),
    SEED_DEMO: 'false',
    OUTBOX_POLL_MS: '200',
    ...extra,
  };
}
