import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';
import { prepareSchema } from './database-roles';

const logger = new Logger('Database');

type PortalDbOptions = TypeOrmModuleOptions & { autoMigrate: boolean; url: string; ownerUrl: string };

/**
 * The TypeORM connection for both apps, as DATABASE_URL's restricted role. With
 * DATABASE_AUTO_MIGRATE on (the default) it first, as the owner (DATABASE_OWNER_URL), creates a
 * missing database and app role, applies pending migrations and re-grants the app role;
 * production turns it off and runs `npm run migration:run`.
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
})
export class DbModule {}
