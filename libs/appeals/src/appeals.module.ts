import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { ReviewModule } from '@app/review';
import { Appeal } from './entities/appeal.entity';
import { AppealsRepository } from './services/appeals.repository';
import { AppealsService } from './services/appeals.service';
import { AppealStatsService } from './services/appeal-stats.service';

/** Appeals against rejections (domain.md §8). */
@Module({
  imports: [TypeOrmModule.forFeature([Appeal]), ApplicationsModule, ReviewModule, IdentityModule],
  providers: [AppealsRepository, AppealsService, AppealStatsService],
  exports: [AppealsService, AppealStatsService],
})
export class AppealsModule {}
