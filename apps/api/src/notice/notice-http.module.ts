import { Module } from '@nestjs/common';
import { NoticeModule } from '@app/notice';
import { AdminCalendarController } from './admin-calendar.controller';
import { ObjectionsController } from './objections.controller';
import { PublicNoticesController } from './public-notices.controller';
import { PublicObjectionsController } from './public-objections.controller';

/** HTTP routes of the public notice: the public list and objections, their handling, the working-day calendar. */
@Module({ imports: [NoticeModule], controllers: [PublicNoticesController, PublicObjectionsController, ObjectionsController, AdminCalendarController] })
export class NoticeHttpModule {}
