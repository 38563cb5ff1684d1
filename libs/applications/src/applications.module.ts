import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { Application } from './entities/application.entity';
import { ApplicationTransition } from './entities/application-transition.entity';
import { ApplicationHistory } from './entities/application-history.entity';
import { Attachment } from './entities/attachment.entity';
import { Cycle, CycleCounter } from './entities/cycle.entity';
import { FormVersion } from './entities/form-version.entity';
import { ApplicationExport } from './entities/application-export.entity';
import { ApplicationAccess } from './services/application-access';
import { ApplicationsRepository } from './services/applications.repository';
import { ApplicationWorkflow } from './services/application-workflow';
import { ReviewFilesService } from './services/review-files.service';
import { ApplicationsService } from './services/applications.service';
import { CyclesService } from './services/cycles.service';
import { DraftRemindersService } from './services/draft-reminders.service';
import { FormsService } from './services/forms.service';
import { QualificationService } from './services/qualification.service';
import { AttachmentsService } from './services/attachments.service';
import { HostOffice } from './services/host-office.service';
import { OutcomeFilesService } from './services/outcome-files.service';
import { NoticeFilesService } from './services/notice-files.service';
import { ApplicationStatsRepository } from './services/application-stats.repository';
import { ApplicationStatsService } from './services/application-stats.service';
import { ApplicationExportService } from './services/application-export.service';
import { ApplicationExportsRepository } from './services/application-exports.repository';
import { ApplicationExportsService } from './services/application-exports.service';
import { ApplicationTrackingService } from './services/application-tracking.service';
import { IdentityBackfillService } from './services/identity-backfill.service';
import { EvidenceStorageModule } from './storage/evidence-storage.module';
import { DraftWindowRemindersSchedule } from './jobs/draft-window-reminders.schedule';
import { OverdueCorrectionsSchedule } from './jobs/overdue-corrections.schedule';
import { ApplicationExportsSchedule } from './jobs/application-exports.schedule';
import { StatsCountersSchedule } from './jobs/stats-counters.schedule';

const services = [
  ApplicationsRepository,
  ApplicationAccess,
  ApplicationWorkflow,
  FormsService,
  CyclesService,
  ApplicationsService,
  DraftRemindersService,
  QualificationService,
  ReviewFilesService,
  HostOffice,
  OutcomeFilesService,
  NoticeFilesService,
  ApplicationStatsService,
  ApplicationExportService,
  ApplicationExportsService,
  ApplicationTrackingService,
  IdentityBackfillService,
];

// Run by the worker's ScheduleRegistry (libs/queue), which finds them by their @RegisterSchedule().
const schedules = [DraftWindowRemindersSchedule, OverdueCorrectionsSchedule, ApplicationExportsSchedule, StatsCountersSchedule];

/** Cycles, forms, applications, evidence: what a designer does in the portal. */
@Module({
  imports: [TypeOrmModule.forFeature([Application, ApplicationHistory, ApplicationTransition, Attachment, Cycle, CycleCounter, FormVersion, ApplicationExport]), IdentityModule, EvidenceStorageModule],
  providers: [...services, ApplicationStatsRepository, ApplicationExportsRepository, AttachmentsService, ...schedules],
  exports: [...services, AttachmentsService],
})
export class ApplicationsModule {}
