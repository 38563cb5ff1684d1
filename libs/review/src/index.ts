export * from './domain';
export * from './review.errors';
export * from './review.module';
export * from './entities/reviewer-profile.entity';
export * from './entities/declared-relation.entity';
export * from './services/reviewer-pool.service';
export * from './services/declared-relations.service';
export * from './services/conflicts.service';
