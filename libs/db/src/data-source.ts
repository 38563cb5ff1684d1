// The DataSource the TypeORM CLI uses (`typeorm -d dist/libs/db/src/data-source.js ...`): the
// schema owner's (DATABASE_OWNER_URL), since migrations change the schema.
// The apps build theirs from the same options with the validated configuration.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadDotEnv, validateEnvironment } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';

loadDotEnv();
const config = validateEnvironment(process.env);

export default new DataSource(buildDataSourceOptions({ url: config.DATABASE_OWNER_URL, poolSize: 2 }));
