export * from './appeals.errors';
export * from './appeals.module';
export * from './entities/appeal.entity';
export * from './services/appeals.service';
export * from './services/appeal-stats.service';
