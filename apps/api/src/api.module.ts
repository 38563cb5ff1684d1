import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { DbModule } from '@app/db';
import { QueueModule } from '@app/queue';
import { ClockModule, LoggingModule } from '@app/common';
import { AuditModule } from '@app/audit';
import { AuthModule } from '@app/auth';
import { IdentityModule } from '@app/identity';
import { OutboxModule } from '@app/outbox';
import { ApplicationsModule } from '@app/applications';
import { ReviewModule } from '@app/review';
import { CommitteeModule } from '@app/committee';
import { NoticeModule } from '@app/notice';
import { OrganisationsModule } from '@app/organisations';
import { IdentityHttpModule } from './identity-http.module';
import { ApplicationsHttpModule } from './applications/applications-http.module';
import { HealthModule } from './health/health.module';
import { NotificationsHttpModule } from './notifications/notifications-http.module';
import { ReviewHttpModule } from './review/review-http.module';
import { CommitteeHttpModule } from './committee/committee-http.module';
import { NoticeHttpModule } from './notice/notice-http.module';
import { ThrottlingModule } from './http/throttling';
import { CertificatesHttpModule } from './certificates/certificates-http.module';
import { BureauHttpModule } from './bureau/bureau-http.module';
import { AppealsHttpModule } from './appeals/appeals-http.module';
import { StatsHttpModule } from './stats/stats-http.module';
import { AuditHttpModule } from './audit/audit-http.module';
import { OrganisationsHttpModule } from './organisations/organisations-http.module';

@Module({})
export class ApiModule {
  static forRoot(configOverrides: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(configOverrides),
        LoggingModule,
        ClockModule,
        DbModule,
        QueueModule.forRoot(),
        OutboxModule,
        AuditModule,
        IdentityModule,
        AuthModule,
        ThrottlingModule,
        HealthModule,
        IdentityHttpModule,
        ApplicationsModule,
        ApplicationsHttpModule,
        NotificationsHttpModule,
        ReviewModule,
        ReviewHttpModule,
        CommitteeModule,
        CommitteeHttpModule,
        NoticeModule,
        NoticeHttpModule,
        // Submissions ask it which unit recommends a file (ApplicationsService's port).
        OrganisationsModule,
        OrganisationsHttpModule,
        CertificatesHttpModule,
        BureauHttpModule,
        AppealsHttpModule,
        StatsHttpModule,
        AuditHttpModule,
      ],
    };
  }
}
