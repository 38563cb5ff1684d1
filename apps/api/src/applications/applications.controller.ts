import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyRole, ClientIp, CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam, DEFAULT_PAGE_SIZE } from '@app/common';
import { ApplicationsService } from '@app/applications';
import type { AuthUser } from '@app/identity';
import {
  ApplicationDto,
  ApplicationPageDto,
  ApplicationSummaryDto,
  CreateApplicationDto,
  EligibilityDto,
  HistoryEntryDto,
  ListApplicationsQueryDto,
  SaveDraftDto,
  SubmitDto,
  ViewQueryDto,
  WithdrawDto,
} from './dto/application.dto';

@ApiTags('applications')
@ApiBearerAuth('bearer')
@AnyRole()
@Controller('applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @Roles(Role.Applicant)
  @ApiCreatedResponse({ type: ApplicationDto, description: 'A draft; 409 names the existing active application of the cycle' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateApplicationDto): Promise<ApplicationDto> {
    const application = await this.applications.create(user, dto);
    return ApplicationDto.fromView(await this.applications.view(user, application.id));
  }

  @Get()
  @ApiOkResponse({ type: ApplicationPageDto, description: 'Admins see every file but their own (filters, sorts and text search apply; mine=true: their own, as applicants see them); others their own' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    const page = await this.applications.list(user, { ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    const withScore = this.applications.listsEveryFile(user, query.mine);
    return { items: page.items.map((a) => ApplicationSummaryDto.from(a, withScore)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: ApplicationDto })
  @ApiErrors(401, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Query() query: ViewQueryDto): Promise<ApplicationDto> {
    return ApplicationDto.fromView(await this.applications.view(user, id, query.revealIdentity ?? false));
  }

  @Patch(':id')
  @ApiOkResponse({ type: ApplicationDto, description: 'Saved as a draft; `version` is incremented' })
  @ApiErrors(400, 401, 404, 409)
  async save(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: SaveDraftDto): Promise<ApplicationDto> {
    return ApplicationDto.fromView(await this.applications.saveDraft(user, id, dto));
  }

  @Get(':id/eligibility')
  @ApiOkResponse({ type: EligibilityDto })
  @ApiErrors(401, 404)
  async eligibility(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<EligibilityDto> {
    return EligibilityDto.from(await this.applications.eligibility(user, id));
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ApplicationDto, description: 'Submitted with a reference number; a receipt is on its way' })
  @ApiErrors(400, 401, 404, 409, 422)
  async submit(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: SubmitDto, @ClientIp() ip: string): Promise<ApplicationDto> {
    return ApplicationDto.fromView(await this.applications.submit(user, id, dto, ip));
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ApplicationDto })
  @ApiErrors(400, 401, 404, 409)
  async withdraw(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: WithdrawDto): Promise<ApplicationDto> {
    return ApplicationDto.fromView(await this.applications.withdraw(user, id, dto.reason));
  }

  @Get(':id/history')
  @ApiOkResponse({ type: [HistoryEntryDto] })
  @ApiErrors(401, 404)
  async history(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<HistoryEntryDto[]> {
    return (await this.applications.historyOf(user, id)).map((h) => HistoryEntryDto.from(h));
  }
}
