export * from './test-run';
export * from './test-environment';
export * from './portal';
export * from './smtp-sink';
export * from './private-redis';
export * from './factories';
export * from './application-fixtures';
export * from './worker-process';
