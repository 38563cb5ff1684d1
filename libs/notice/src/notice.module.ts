import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationsModule, ApplicationTrackingService } from '@app/applications';
import { IdentityModule } from '@app/identity';
import { ReviewModule } from '@app/review';
import { CalendarDay } from './entities/calendar-day.entity';
import { CalendarYear } from './entities/calendar-year.entity';
import { Objection } from './entities/objection.entity';
import { PublicNotice } from './entities/public-notice.entity';
import { CalendarRepository } from './services/calendar.repository';
import { NoticesRepository } from './services/notices.repository';
import { NoticeClosingService } from './services/notice-closing.service';
import { ObjectionsRepository } from './services/objections.repository';
import { ObjectionsService } from './services/objections.service';
import { PublicNoticeService } from './services/public-notice.service';
import { WorkingDayCalendar } from './services/working-day-calendar.service';
import { NoticeScheduleAdapter } from './services/notice-schedule.adapter';
import { CloseNoticesSchedule } from './jobs/close-notices.schedule';
import { NoticeStatsService } from './services/notice-stats.service';

const services = [NoticeStatsService, WorkingDayCalendar, PublicNoticeService, ObjectionsService, NoticeClosingService];

/** Public notice (domain.md §8): the working-day calendar, notices, objections and the notice's closing. */
@Module({
  // An upheld objection restarts the review; a clean close sends the file to the bureau (no certificate here: the confirmation issues it).
  imports: [TypeOrmModule.forFeature([CalendarYear, CalendarDay, PublicNotice, Objection]), ApplicationsModule, ReviewModule, IdentityModule],
  providers: [
    CalendarRepository,
    NoticesRepository,
    ObjectionsRepository,
    ...services,
    NoticeScheduleAdapter,
    // Run by the worker's ScheduleRegistry (libs/queue), which finds it by its @RegisterSchedule().
    CloseNoticesSchedule,
  ],
  exports: services,
})
export class NoticeModule implements OnModuleInit {
  constructor(
    private readonly tracking: ApplicationTrackingService,
    private readonly schedule: NoticeScheduleAdapter,
  ) {}

  /** The applications module's timelines ask when a file's notice ends through their port; libs/notice imports libs/applications, not the reverse. */
  onModuleInit(): void {
    this.tracking.askNoticeEndsOf(this.schedule);
  }
}
