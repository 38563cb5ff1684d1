import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationAccess, ApplicationsModule } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { DeclaredRelation } from './entities/declared-relation.entity';
import { ReviewerProfile } from './entities/reviewer-profile.entity';
import { ReviewAssignment } from './entities/review-assignment.entity';
import { ReviewOutcome } from './entities/review-outcome.entity';
import { AutoAssignRun } from './entities/auto-assign-run.entity';
import { AssignmentService } from './services/assignment.service';
import { AssignmentsRepository } from './services/assignments.repository';
import { AutoAssignRunsRepository } from './services/auto-assign-runs.repository';
import { AutoAssignRunsService } from './services/auto-assign-runs.service';
import { ConflictsService } from './services/conflicts.service';
import { DeclaredRelationsRepository } from './services/declared-relations.repository';
import { DeclaredRelationsService } from './services/declared-relations.service';
import { ReviewerPoolService } from './services/reviewer-pool.service';
import { ReviewerProfilesRepository } from './services/reviewer-profiles.repository';
import { ReviewsRepository } from './services/reviews.repository';
import { ReviewsService } from './services/reviews.service';
import { PanelReportService } from './services/panel-report.service';
import { ReviewDeadlinesService } from './services/review-deadlines.service';
import { ReviewRestartService } from './services/review-restart.service';
import { ReviewStatsService } from './services/review-stats.service';
import { AutoAssignRunsSchedule } from './jobs/auto-assign-runs.schedule';
import { ReviewDeadlineRemindersSchedule } from './jobs/review-deadline-reminders.schedule';

const services = [ReviewerPoolService, DeclaredRelationsService, ConflictsService, AssignmentService, ReviewsService, ReviewDeadlinesService, AutoAssignRunsService, ReviewRestartService, ReviewStatsService, PanelReportService];
// Run by the worker's ScheduleRegistry (libs/queue), which finds them by their @RegisterSchedule().
const schedules = [AutoAssignRunsSchedule, ReviewDeadlineRemindersSchedule];

/** Expert review: the expert pool, declared relations and conflicts of interest. */
@Module({
  imports: [TypeOrmModule.forFeature([ReviewerProfile, DeclaredRelation, ReviewAssignment, ReviewOutcome, AutoAssignRun]), ApplicationsModule, IdentityModule],
  providers: [ReviewerProfilesRepository, AutoAssignRunsRepository, DeclaredRelationsRepository, AssignmentsRepository, ReviewsRepository, ...services, ...schedules],
  exports: services,
})
export class ReviewModule implements OnModuleInit {
  constructor(
    private readonly access: ApplicationAccess,
    private readonly reviews: ReviewsRepository,
  ) {}

  /** ApplicationAccess asks whether a reviewer is assigned to a file through its port; libs/review imports libs/applications, not the reverse. */
  onModuleInit(): void {
    this.access.answerReviewersWith(this.reviews);
  }
}
