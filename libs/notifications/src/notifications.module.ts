import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeliveryService } from './delivery/delivery.service';
import { MailTransport } from './delivery/mail-transport';
import { InboxNotification } from './entities/inbox-notification.entity';
import { NotificationDelivery } from './entities/notification-delivery.entity';
import { NotificationPreference } from './entities/notification-preference.entity';

/** Inbox, preferences and delivery services; shared by the API and the worker. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDelivery, InboxNotification, NotificationPreference])],
  providers: [DeliveryService, MailTransport],
  exports: [DeliveryService],
})
export class NotificationsModule {}
