import { Module } from '@nestjs/common';
import { AdminStatsController } from './admin-stats.controller';
import { CycleStatsService } from './cycle-stats.service';

/** GET /admin/stats: a cycle's statistics, composed from the applications and review modules. */
@Module({
  controllers: [AdminStatsController],
  providers: [CycleStatsService],
})
export class StatsHttpModule {}
