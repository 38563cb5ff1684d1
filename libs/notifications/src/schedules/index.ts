export * from './schedule';
export * from './schedule-registry';
export * from './schedule-runner';
export * from './schedules.module';
export * from './draft-window-reminders.schedule';
export * from './overdue-corrections.schedule';
export * from './review-deadline-reminders.schedule';
export * from './shanghai-time';
