export * from './audit-entry.entity';
export * from './audit.service';
export * from './audit.module';
export * from './audit.repository';
export * from './audit-chain.verifier';
export * from './change-summary';
export * from './chain/chain-link';
