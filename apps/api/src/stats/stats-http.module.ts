import { Module } from '@nestjs/common';
import { AppealsModule } from '@app/appeals';
import { ApplicationsModule } from '@app/applications';
import { CommitteeModule } from '@app/committee';
import { IdentityModule } from '@app/identity';
import { NoticeModule } from '@app/notice';
import { NotificationCenterModule } from '@app/notifications';
import { ReviewModule } from '@app/review';
import { AdminDashboardController } from './admin-dashboard.controller';
import { AdminStatsController } from './admin-stats.controller';
import { CycleStatsService } from './cycle-stats.service';
import { DashboardWaitingService } from './dashboard-waiting.service';

/** GET /admin/stats and /admin/dashboard/waiting: a cycle's statistics and what waits on the office, composed from the modules that own the data. */
@Module({
  imports: [ApplicationsModule, ReviewModule, IdentityModule, CommitteeModule, NoticeModule, AppealsModule, NotificationCenterModule],
  controllers: [AdminStatsController, AdminDashboardController],
  providers: [CycleStatsService, DashboardWaitingService],
})
export class StatsHttpModule {}
