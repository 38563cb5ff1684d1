import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule, SchedulesModule } from '@app/queue';
import { ClockModule, LoggingModule } from '@app/common';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { NotificationsWorkerModule } from '@app/notifications';
import { OutboxModule } from '@app/outbox';
import { ApplicationsModule } from '@app/applications';
import { ReviewModule } from '@app/review';
import { NoticeModule } from '@app/notice';
import { OrganisationsModule } from '@app/organisations';
import { NotificationsProcessor } from './processors/notifications.processor';
import { SystemProcessor } from './processors/system.processor';
import { SchedulerProcessor } from './processors/scheduler.processor';
import { OperationsProcessor } from './processors/operations.processor';
import { WorkerStartupChecks } from './startup-checks';

/** The worker: the same domain libraries as the API, with processors and schedulers instead of controllers. */
@Module({})
export class WorkerModule {
  static forRoot(configOverrides: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(configOverrides),
        LoggingModule,
        ClockModule,
        DbModule,
        QueueModule.forRoot(),
        DiscoveryModule,
        OutboxModule,
        AuditModule,
        IdentityModule,
        NotificationsWorkerModule,
        // Runs every schedule the modules below (and AuditModule) register in their jobs/ folders.
        SchedulesModule,
        ApplicationsModule,
        // Automatic assignment runs here; it needs the applications module above.
        ReviewModule,
        // Public notice: the calendar seed.
        NoticeModule,
        // The recommending units: their reminders.
        OrganisationsModule,
      ],
      providers: [SystemProcessor, NotificationsProcessor, SchedulerProcessor, OperationsProcessor, WorkerStartupChecks],
    };
  }
}
