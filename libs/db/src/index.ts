export * from './data-source-options';
export * from './database-admin';
export * from './db.module';
export * from './snake-naming.strategy';
export * from './unique-violation';
export * from './keyset';
export * from './session-locks';
export * from './database-roles';
