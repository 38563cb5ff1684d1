export * from './catalogue';
export * from './templates';
export * from './delivery/delivery.service';
export * from './delivery/mail-transport';
export * from './relay/notifications-worker.module';
export * from './notifications.module';
export * from './delivery/localized-vars';
// The repositories stay inside this library; only the row shapes its services return leave it.
export type { InboxRow } from './inbox/inbox.repository';
export { UNSETTLED_AFTER_MINUTES, type FailedDeliveryRow } from './delivery/deliveries.repository';
export * from './inbox/inbox.service';
export * from './inbox/preferences';
export * from './inbox/preferences.service';
export * from './admin/delivery-admin.service';
export * from './admin/template-preview.service';
export * from './admin/mask-recipient';
export * from './metrics/notification-metrics.service';
export * from './metrics/notification-metrics.module';
export * from './notification-center.module';
