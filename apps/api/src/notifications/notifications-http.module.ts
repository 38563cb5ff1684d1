import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { BullBoardModule, BullBoardModuleOptions } from '@bull-board/nestjs';
import { FastifyAdapter } from '@bull-board/fastify';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { AppConfig } from '@app/config';
import { NotificationCenterModule, NotificationMetricsModule } from '@app/notifications';
import { QUEUE_NAMES } from '@app/queue';
import { IdentityModule } from '@app/identity';
import { AdminNotificationsController } from './admin-notifications.controller';
import { InboxController } from './inbox.controller';
import { MetricsController } from './metrics.controller';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { QueueDashboardController } from './queue-dashboard.controller';
import { QUEUE_DASHBOARD_PATH, QueueDashboardAuth } from './queue-dashboard.auth';

/**
 * HTTP routes for notifications: the inbox, preferences, the admin views, the
 * queue dashboard (Bull Board, guarded by installQueueDashboardGuard) and /metrics.
 */
@Module({
  imports: [
    IdentityModule,
    NotificationCenterModule,
    NotificationMetricsModule,
    JwtModule.registerAsync({ inject: [AppConfig], useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET }) }),
    BullBoardModule.forRoot({
      route: QUEUE_DASHBOARD_PATH,
      // @bull-board/fastify 9.10.1 ships its own copy of @bull-board/api (9.10.1) whose private fields make the
      // classes nominally different types from the 9.10.2 copy; at run time they agree.
      adapter: FastifyAdapter as unknown as BullBoardModuleOptions['adapter'],
      boardOptions: { uiConfig: { boardTitle: 'Title portal queues' } },
      // Access is checked by the onRequest hook (installQueueDashboardGuard), which also covers
      // the dashboard's assets and API; no Nest middleware, so @fastify/middie stays idle.
    }),
    BullBoardModule.forFeature(...QUEUE_NAMES.map((name) => ({ name, adapter: BullMQAdapter }))),
  ],
  controllers: [InboxController, NotificationPreferencesController, AdminNotificationsController, QueueDashboardController, MetricsController],
  providers: [QueueDashboardAuth],
})
export class NotificationsHttpModule {}
