import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { AppealsService } from '@app/appeals';
import type { AuthUser } from '@app/identity';
import { AppealDto, AppealListQueryDto, AppealPageDto, DecideAppealDto, LodgeAppealDto, RejectionAnswerDto, RejectionDto } from './dto/appeal.dto';

/** A rejected applicant appeals the decision (domain.md §8); the file's appeals. */
@ApiTags('applications: appeals')
@ApiBearerAuth('bearer')
@Roles(Role.Applicant)
@Controller('applications/:id/appeals')
export class LodgeAppealController {
  constructor(private readonly appeals: AppealsService) {}

  @Get()
  @Roles(Role.Applicant, Role.Admin)
  @ApiOperation({ summary: 'The appeals of a file, oldest first (its applicant or an admin; 404 for anyone else)' })
  @ApiOkResponse({ type: [AppealDto] })
  @ApiErrors(401, 403, 404)
  async list(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<AppealDto[]> {
    return (await this.appeals.ofApplication(user, id)).map((i) => AppealDto.from(i));
  }

  @Get('rejection')
  @Roles(Role.Applicant, Role.Admin)
  @ApiOperation({ summary: 'The decision that rejected the file: stage, reason, appeal deadline, whether it was appealed (its applicant or an admin; 404 for anyone else)' })
  @ApiOkResponse({ type: RejectionAnswerDto })
  @ApiErrors(401, 403, 404)
  async rejection(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<RejectionAnswerDto> {
    const rejection = await this.appeals.rejectionOf(user, id);
    return { rejection: rejection ? RejectionDto.from(rejection) : null };
  }

  @Post()
  @ApiOperation({
    summary: 'Appeal the rejection of your file',
    description:
      'Once per rejection decision, within its appeal window (the deadline the rejection stated; otherwise APPEAL_WINDOW_DAYS after it). Admins are notified (appeal.lodged). ' +
      '400 naming `grounds`; 404 for a file that is not yours; 409 APPEAL_NOT_REJECTED (the file is not rejected) or APPEAL_ALREADY_LODGED (this decision was appealed already); ' +
      '422 APPEAL_WINDOW_CLOSED with the date the window closed.',
  })
  @ApiCreatedResponse({ type: AppealDto })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async lodge(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: LodgeAppealDto): Promise<AppealDto> {
    const appeal = await this.appeals.lodge(user, id, dto.grounds);
    return AppealDto.from(await this.appeals.get(user, appeal.id));
  }
}

/** The admins' side of appeals: the list and the decision. */
@ApiTags('admin: appeals')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('appeals')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Get()
  @ApiOperation({ summary: 'Appeals, oldest first (status=open: those waiting for a decision); never on your own file' })
  @ApiOkResponse({ type: AppealPageDto })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() admin: AuthUser, @Query() query: AppealListQueryDto): Promise<AppealPageDto> {
    const page = await this.appeals.list(admin, { status: query.status, cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((i) => AppealDto.from(i)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One appeal' })
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(401, 403, 404)
  async get(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<AppealDto> {
    return AppealDto.from(await this.appeals.getHandled(admin, id));
  }

  @Post(':id/decide')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Decide an appeal: re-review or uphold',
    description:
      're_review: the file goes back to in_review (workflow action decide_appeal_rereview), its previous review assignments are closed and its aggregate cleared, so new reviewers ' +
      'must be assigned; upheld: the file stays rejected. The applicant is notified (appeal.decided). 400 naming `outcome` or `note`; 404 for an appeal on your own file; ' +
      '409 APPEAL_ALREADY_DECIDED.',
  })
  @ApiOkResponse({ type: AppealDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async decide(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: DecideAppealDto): Promise<AppealDto> {
    const appeal = await this.appeals.decide(admin, id, dto);
    return AppealDto.from(await this.appeals.getHandled(admin, appeal.id));
  }
}
