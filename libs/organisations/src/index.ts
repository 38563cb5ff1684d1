export * from './entities/organisation.entity';
export * from './entities/organisation-member.entity';
export * from './entities/unit-recommendation.entity';
