import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '@app/certificates';
import { NOTICE_SCHEDULE } from '@app/applications';
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

const services = [WorkingDayCalendar, PublicNoticeService, ObjectionsService, NoticeClosingService];

/** Public notice (domain.md §8): the working-day calendar, notices, objections and the notice's closing. */
@Global()
@Module({
  // Closing a notice issues the certificate in the same transaction.
  imports: [TypeOrmModule.forFeature([CalendarYear, CalendarDay, PublicNotice, Objection]), CertificatesModule],
  providers: [
    CalendarRepository,
    NoticesRepository,
    ObjectionsRepository,
    ...services,
    // The applications module's timelines ask when a file's notice ends (a port: this library imports that one).
    { provide: NOTICE_SCHEDULE, useClass: NoticeScheduleAdapter },
    // Run by the worker's ScheduleRegistry (libs/queue), which finds it by its @RegisterSchedule().
    CloseNoticesSchedule,
  ],
  exports: [...services, NOTICE_SCHEDULE],
})
export class NoticeModule {}
