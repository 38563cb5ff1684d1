export * from './event-payloads';
export * from './outbox-event.entity';
// The repository stays inside this library; only the row shapes OutboxService returns leave it.
export type { OutboxStats, UnsettledEventRow } from './outbox.repository';
export * from './outbox.service';
export * from './outbox.module';
export * from './relay/outbox-relay';
export * from './relay/outbox-retention-hold';
export * from './relay/outbox-relay.module';
