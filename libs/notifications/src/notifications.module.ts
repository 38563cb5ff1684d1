import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { DeliveryService } from './delivery/delivery.service';
import { MailTransport } from './delivery/mail-transport';
import { DeliveriesRepository } from './delivery/deliveries.repository';
import { PreferencesRepository } from './inbox/preferences.repository';
import { InboxNotification } from './entities/inbox-notification.entity';
import { NotificationDelivery } from './entities/notification-delivery.entity';
import { NotificationPreference } from './entities/notification-preference.entity';

/** Delivery of outbox events to inbox and e-mail (the worker's side). */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDelivery, InboxNotification, NotificationPreference]), IdentityModule],
  providers: [DeliveryService, MailTransport, DeliveriesRepository, PreferencesRepository],
  exports: [DeliveryService],
})
export class NotificationsModule {}
