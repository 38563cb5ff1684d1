import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '@app/outbox';
import { NotificationsModule } from '../notifications.module';
import { DeliveryService } from '../delivery/delivery.service';

/** What only the worker runs: delivery, and the outbox relay whose prune keeps the events delivery still needs. */
@Module({
  imports: [NotificationsModule, OutboxRelayModule.register({ imports: [NotificationsModule], retentionHold: DeliveryService })],
  exports: [NotificationsModule],
})
export class NotificationsWorkerModule {}
