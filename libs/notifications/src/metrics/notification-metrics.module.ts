import { Module } from '@nestjs/common';
import { NotificationMetricsService } from './notification-metrics.service';

/** Prometheus gauges for the outbox, the queues and the deliveries (served by the API's /metrics). */
@Module({ providers: [NotificationMetricsService], exports: [NotificationMetricsService] })
export class NotificationMetricsModule {}
