import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { InboxRepository } from './inbox/inbox.repository';
import { InboxService } from './inbox/inbox.service';
import { PreferencesRepository } from './inbox/preferences.repository';
import { PreferencesService } from './inbox/preferences.service';
import { DeliveriesRepository } from './delivery/deliveries.repository';
import { DeliveryAdminService } from './admin/delivery-admin.service';
import { TemplatePreviewService } from './admin/template-preview.service';

/** What the API serves about notifications: the inbox, preferences, and the admin views of deliveries and templates. */
@Module({
  imports: [IdentityModule],
  providers: [InboxRepository, InboxService, PreferencesRepository, PreferencesService, DeliveriesRepository, DeliveryAdminService, TemplatePreviewService],
  exports: [InboxService, PreferencesService, DeliveryAdminService, TemplatePreviewService],
})
export class NotificationCenterModule {}
