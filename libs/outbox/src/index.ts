export * from './event-payloads';
export * from './outbox-event.entity';
export * from './outbox.service';
export * from './outbox.module';
