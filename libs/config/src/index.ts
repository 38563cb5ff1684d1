export * from './env.schema';
export * from './app-config';
export * from './config.module';
export * from './load-env';
export * from './runtime-flags';
export * from './trust-proxy';
export * from './fraction';
export * from './audit-signing-key';
