import * as path from 'path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The project root, whether running from TypeScript sources or from dist/. */
export const PROJECT_ROOT = path.resolve(__dirname, '../../..');

export interface DbOptions {
  url: string;
  poolSize?: number;
  logging?: boolean;
}

/**
 * One definition of the connection, shared by the apps, the TypeORM CLI and the
 * tests. Entities and migrations are found by file name so that a domain library
 * adding an entity never has to touch this library (libs never import each other's files).
 */
export function buildDataSourceOptions(options: DbOptions): DataSourceOptions {
  const ext = __filename.endsWith('.ts') ? 'ts' : 'js';
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    url: options.url,
    entities: [path.join(PROJECT_ROOT, `libs/*/src/**/*.entity.${ext}`)],
    migrations: [path.join(PROJECT_ROOT, `migrations/*.${ext}`)],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // TypeORM's own error log prints query parameters, which carry personal data;
    // failed queries surface as exceptions and are logged (without parameters) by the filter.
    logging: options.logging ? ['query', 'error'] : false,
    // A request that cannot get a connection within 10 s fails instead of waiting forever.
    extra: { max: options.poolSize ?? 10, application_name: 'title-portal', connectionTimeoutMillis: 10000 },
  };
}
