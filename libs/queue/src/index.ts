export * from './job-catalogue';
export * from './job-catalogue-check';
export * from './job-producer';
export * from './queue.module';
export * from './redis-options';
export * from './redis.module';
export * from './typed-processor';
export * from './schedules';
