import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule, TypeOrmModuleOptions } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';
import { ensureDatabase, runMigrationsLocked } from './database-admin';

const logger = new Logger('Database');

type PortalDbOptions = TypeOrmModuleOptions & { autoMigrate: boolean; url: string };

/**
 * The TypeORM connection for both apps. With DATABASE_AUTO_MIGRATE on (the default)
 * it creates a missing database and applies pending migrations before anything
 * else touches the schema; production turns it off and runs `npm run migration:run`.
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
        retryAttempts: 2,
        retryDelay: 1000,
      }),
      dataSourceFactory: async (options) => {
        const { autoMigrate, ...dataSourceOptions } = options as PortalDbOptions;
        if (autoMigrate && (await ensureDatabase(dataSourceOptions.url))) logger.log('Created the database');
        const dataSource = await new DataSource(dataSourceOptions as DataSourceOptions).initialize();
        if (autoMigrate) {
          const applied = await runMigrationsLocked(dataSource);
          if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
        }
        return dataSource;
      },
    }),
  ],
})
export class DbModule {}
