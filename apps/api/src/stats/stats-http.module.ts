import { Module } from '@nestjs/common';
import { ApplicationsModule } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { ReviewModule } from '@app/review';
import { AdminStatsController } from './admin-stats.controller';
import { CycleStatsService } from './cycle-stats.service';

/** GET /admin/stats: a cycle's statistics, composed from the applications and review modules. */
@Module({
  imports: [ApplicationsModule, ReviewModule, IdentityModule],
  controllers: [AdminStatsController],
  providers: [CycleStatsService],
})
export class StatsHttpModule {}
