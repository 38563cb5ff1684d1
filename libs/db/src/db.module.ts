import { Global, Logger, Module, OnModuleDestroy } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';
import { prepareSchema } from './database-roles';
import { LagTolerantReads } from './lag-tolerant-reads';

const logger = new Logger('Database');

/** A replica that does not answer within this fails over to the primary quickly, not after the primary's 10 s. */
const REPLICA_CONNECT_TIMEOUT_MS = 3000;

/** The replica's DataSource (DATABASE_READ_URL): same entities and naming, its own pool, never migrated. */
export function replicaDataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  const options = buildDataSourceOptions({ url, poolSize });
  return {
    ...options,
    migrations: [],
    extra: { ...(options.extra as object), application_name: 'title-portal-reads', connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS },
  } as DataSourceOptions;
}

type PortalDbOptions = TypeOrmModuleOptions & { autoMigrate: boolean; url: string; ownerUrl: string };

/**
 * The TypeORM connection for both apps, as DATABASE_URL's restricted role. With
 * DATABASE_AUTO_MIGRATE on (the default) it first, as the owner (DATABASE_OWNER_URL), creates a
 * missing database and app role, applies pending migrations and re-grants the app role;
 * production turns it off and runs `npm run migration:run`. With DATABASE_READ_URL it also
 * provides LagTolerantReads on that replica (opened on first use, closed with the module).
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig): PortalDbOptions => ({
        ...buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }),
        url: config.DATABASE_URL,
        autoMigrate: config.DATABASE_AUTO_MIGRATE,
        ownerUrl: config.DATABASE_OWNER_URL,
        retryAttempts: 2,
        retryDelay: 1000,
      }),
      dataSourceFactory: async (options) => {
        const { autoMigrate, ownerUrl, ...dataSourceOptions } = options as PortalDbOptions;
        if (autoMigrate) {
          const prepared = await prepareSchema(ownerUrl, dataSourceOptions.url);
          if (prepared.createdDatabase) logger.log('Created the database');
          if (prepared.createdRole) logger.log('Created the portal\'s database role');
          if (prepared.applied.length) logger.log(`Applied migrations: ${prepared.applied.join(', ')}`);
        }
        return new DataSource(dataSourceOptions as DataSourceOptions).initialize();
      },
    }),
  ],
  providers: [
    {
      provide: LagTolerantReads,
      inject: [DataSource, AppConfig],
      useFactory: (primary: DataSource, config: AppConfig) =>
        new LagTolerantReads(primary, {
          connectReplica: config.DATABASE_READ_URL
            ? () => new DataSource(replicaDataSourceOptions(config.DATABASE_READ_URL, config.DATABASE_POOL_SIZE)).initialize()
            : null,
        }),
    },
  ],
  exports: [LagTolerantReads],
})
export class DbModule implements OnModuleDestroy {
  constructor(private readonly reads: LagTolerantReads) {}

  async onModuleDestroy(): Promise<void> {
    await this.reads.close();
  }
}
