export * from './test-run';
export * from './test-environment';
export * from './portal';
