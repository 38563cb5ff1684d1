export * from './schedule';
export * from './schedule-registry';
export * from './schedule-runner';
export * from './job-scheduler-registrar';
export * from './schedules.module';
