import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ApplicationsModule } from '@app/applications';
import { CertificatesModule } from '@app/certificates';
import { CommitteeModule } from '@app/committee';
import { Clock, LoggingModule, ManualClock } from '@app/common';
import { ConfigModule } from '@app/config';
import { DbModule } from '@app/db';
import { IdentityModule } from '@app/identity';
import { NoticeModule } from '@app/notice';
import { OrganisationsModule } from '@app/organisations';
import { OutboxModule } from '@app/outbox';
import { QueueModule } from '@app/queue';
import { ReviewModule } from '@app/review';
import { DemoFilesSeeder } from './demo-files.seeder';

/** The demo's clock in place of the system clock (ClockModule): the seeder sets it to each moment of the timeline. */
@Global()
@Module({})
class DemoClockModule {
  static with(clock: ManualClock): DynamicModule {
    const providers = [
      { provide: Clock, useValue: clock },
      { provide: ManualClock, useValue: clock },
    ];
    return { module: DemoClockModule, providers, exports: [Clock, ManualClock] };
  }
}

/**
 * What the demo's files are made with: the domain libraries the API runs (the same services,
 * workflow, audit and outbox), without HTTP, on a clock the seeder moves along the timeline.
 */
@Module({})
export class DemoFilesModule {
  static forRoot(configOverrides: Record<string, string | undefined>, clock: ManualClock): DynamicModule {
    return {
      module: DemoFilesModule,
      imports: [
        ConfigModule.forRoot(configOverrides),
        LoggingModule,
        DemoClockModule.with(clock),
        DbModule,
        QueueModule.forRoot(),
        OutboxModule,
        AuditModule,
        IdentityModule,
        ApplicationsModule,
        ReviewModule,
        CommitteeModule,
        NoticeModule,
        OrganisationsModule,
        CertificatesModule,
      ],
      providers: [DemoFilesSeeder],
    };
  }
}
