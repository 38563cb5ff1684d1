import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors } from '@app/common';
import { AuthUser } from '@app/identity';
import { WorkingDayCalendar } from '@app/notice';
import { CalendarYearDto, PutCalendarYearDto } from './dto/notice.dto';

/** The working-day calendar of the host region, one year at a time (public holidays and make-up working days). */
@ApiTags('admin: working-day calendar')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/calendar')
export class AdminCalendarController {
  constructor(private readonly calendar: WorkingDayCalendar) {}

  @Get(':year')
  @ApiParam({ name: 'year', example: 2026 })
  @ApiOkResponse({ type: CalendarYearDto, description: 'The year with its days; a year nobody entered answers confirmed: false (notice periods cannot use it)' })
  @ApiErrors(400, 401, 403)
  async get(@Param('year') year: string): Promise<CalendarYearDto> {
    return CalendarYearDto.from(await this.calendar.getYear(year));
  }

  @Put(':year')
  @ApiParam({ name: 'year', example: 2027 })
  @ApiOkResponse({ type: CalendarYearDto, description: 'Saved and confirmed: the dates replace the year’s. 400 names each bad date (not a date, not in the year, listed twice, both a holiday and a make-up day)' })
  @ApiErrors(400, 401, 403)
  async put(@CurrentUser() user: AuthUser, @Param('year') year: string, @Body() dto: PutCalendarYearDto): Promise<CalendarYearDto> {
    return CalendarYearDto.from(await this.calendar.putYear(year, dto, { id: user.id }));
  }
}
