export * from './event-payloads';
export * from './outbox-event.entity';
export * from './outbox.repository';
export * from './outbox.service';
export * from './outbox.module';
export * from './relay/outbox-relay';
export * from './relay/outbox-retention-hold';
export * from './relay/outbox-relay.module';
