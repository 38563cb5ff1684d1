import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule, ApplicationsService } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { NoticeModule } from '@app/notice';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';
import { UnitRecommendation } from './entities/unit-recommendation.entity';
import { OrganisationsRepository } from './services/organisations.repository';
import { OrganisationsService } from './services/organisations.service';
import { RecommendingUnitsAdapter } from './services/recommending-units.adapter';
import { UnitRecommendationsRepository } from './services/unit-recommendations.repository';
import { UnitRecommendationService } from './services/unit-recommendation.service';
import { UnitRemindersSchedule } from './jobs/unit-reminders.schedule';

const services = [OrganisationsService, UnitRecommendationService];

/**
 * Organisations and their people, and the recommending unit's stage (单位推荐, domain.md §8).
 * Imports the applications module (files, workflow, host office) and the notice module (its
 * working-day calendar); the applications module asks back through its port.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Organisation, OrganisationMember, UnitRecommendation]), ApplicationsModule, NoticeModule, IdentityModule],
  providers: [
    OrganisationsRepository,
    UnitRecommendationsRepository,
    RecommendingUnitsAdapter,
    ...services,
    // Run by the worker's ScheduleRegistry (libs/queue), which finds it by its @RegisterSchedule().
    UnitRemindersSchedule,
  ],
  exports: services,
})
export class OrganisationsModule implements OnModuleInit {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly units: RecommendingUnitsAdapter,
  ) {}

  /** Submissions ask which unit recommends a file through the applications module's port; libs/organisations imports libs/applications, not the reverse. */
  onModuleInit(): void {
    this.applications.askRecommendingUnitsOf(this.units);
  }
}
