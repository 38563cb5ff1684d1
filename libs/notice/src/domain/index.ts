export * from './working-days';
export * from './calendar-seed';
