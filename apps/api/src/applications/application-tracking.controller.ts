import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { ApplicationTrackingService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import { AuditEntryDto, AuditPageDto, AuditPageQueryDto } from '../audit/dto/audit.dto';
import { TimelineDto } from './dto/timeline.dto';

/** Following one file: its timeline (owner and admins) and its audit entries (admins). */
@ApiTags('applications')
@ApiBearerAuth('bearer')
@Controller('applications')
export class ApplicationTrackingController {
  constructor(private readonly tracking: ApplicationTrackingService) {}

  @Get(':id/timeline')
  @AnyRole()
  @ApiOperation({
    summary: 'Where the file stands: every stage passed (date, who by role) and the stages ahead with the dates the cycle expects them by',
    description: 'The applicant sees their own file without who acted; handling admins see who. 404 for anyone else (assigned reviewers included).',
  })
  @ApiOkResponse({ type: TimelineDto })
  @ApiErrors(401, 404)
  async timeline(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<TimelineDto> {
    return TimelineDto.from(await this.tracking.timeline(user, id));
  }

  @Get(':id/audit')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'The audit entries of one file, newest first (admins; 404 for your own file)' })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors(400, 401, 403, 404)
  async audit(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Query() query: AuditPageQueryDto): Promise<AuditPageDto> {
    const page = await this.tracking.fileAudit(user, id, { cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((e) => AuditEntryDto.from(e)), nextCursor: page.nextCursor };
  }
}
