import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications.module';
import { OutboxRelay } from './outbox-relay';

/** What only the worker runs: the outbox relay. */
@Module({ imports: [NotificationsModule], providers: [OutboxRelay], exports: [OutboxRelay, NotificationsModule] })
export class NotificationsWorkerModule {}
