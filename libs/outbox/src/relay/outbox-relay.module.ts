import { DynamicModule, Module, ModuleMetadata, Type } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay';
import { OUTBOX_RETENTION_HOLD, OutboxRetentionHold } from './outbox-retention-hold';

/** What only the worker runs: the relay from outbox_events into the queue, and its prune. */
@Module({})
export class OutboxRelayModule {
  /** `retentionHold`: the provider (exported by one of `imports`) that says which settled events are still needed. */
  static register(options: { imports: NonNullable<ModuleMetadata['imports']>; retentionHold: Type<OutboxRetentionHold> }): DynamicModule {
    return {
      module: OutboxRelayModule,
      imports: options.imports,
      providers: [OutboxRelay, { provide: OUTBOX_RETENTION_HOLD, useExisting: options.retentionHold }],
      exports: [OutboxRelay],
    };
  }
}
