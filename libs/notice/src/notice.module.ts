import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDay } from './entities/calendar-day.entity';
import { CalendarYear } from './entities/calendar-year.entity';
import { Objection } from './entities/objection.entity';
import { PublicNotice } from './entities/public-notice.entity';
import { CalendarRepository } from './services/calendar.repository';
import { NoticesRepository } from './services/notices.repository';
import { PublicNoticeService } from './services/public-notice.service';
import { WorkingDayCalendar } from './services/working-day-calendar.service';

const services = [WorkingDayCalendar, PublicNoticeService];

/** Public notice (domain.md §8): the working-day calendar, notices, objections and the notice's closing. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([CalendarYear, CalendarDay, PublicNotice, Objection])],
  providers: [CalendarRepository, NoticesRepository, ...services],
  exports: services,
})
export class NoticeModule {}
