import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { EvidenceStorage } from '@app/applications';
import { AppConfig } from '@app/config';
import { InjectRedis } from '@app/queue';

export type CheckState = 'up' | 'down';
export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  /** `storage` only when evidence lives in object storage (STORAGE_DRIVER=s3): a local folder is not probed. */
  checks: { database: CheckState; migrations: CheckState; redis: CheckState; storage?: CheckState };
  problems: string[];
}

const CHECK_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out`)), CHECK_TIMEOUT_MS);
    }),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRedis() private readonly redis: Redis,
    private readonly storage: EvidenceStorage,
    private readonly config: AppConfig,
  ) {}

  /** Ready = PostgreSQL answers and has every migration applied, Redis answers, and the evidence bucket (if any) answers. */
  async readiness(): Promise<ReadinessReport> {
    const problems: string[] = [];
    const database = await withTimeout(this.dataSource.query('SELECT 1'), 'database')
      .then((): CheckState => 'up')
      .catch((e: Error): CheckState => (problems.push(`database: ${e.message}`), 'down'));
    const migrations =
      database === 'up'
        ? await withTimeout(this.dataSource.showMigrations(), 'migrations')
            .then((pending): CheckState => (pending ? (problems.push('migrations: pending migrations'), 'down') : 'up'))
            .catch((e: Error): CheckState => (problems.push(`migrations: ${e.message}`), 'down'))
        : 'down';
    const redis = await withTimeout(this.redis.ping(), 'redis')
      .then((): CheckState => 'up')
      .catch((e: Error): CheckState => (problems.push(`redis: ${e.message}`), 'down'));
    const checks: ReadinessReport['checks'] = { database, migrations, redis };
    if (this.config.STORAGE_DRIVER === 's3') {
      // HeadBucket: reachable, credentials accepted, bucket there. The SDK's messages name no secret.
      checks.storage = await withTimeout(this.storage.probe(), 'storage')
        .then((): CheckState => 'up')
        .catch((e: Error): CheckState => (problems.push(`storage: ${e.name}: ${e.message}`), 'down'));
    }
    return { status: problems.length ? 'unavailable' : 'ok', checks, problems };
  }
}
