import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam, DEFAULT_PAGE_SIZE } from '@app/common';
import { ApplicationsService, DEFAULT_CORRECTION_DAYS, QualificationService } from '@app/applications';
import { UnitRecommendationService } from '@app/organisations';
import { RecommendationDto } from '../organisations/dto/organisation.dto';
import type { AuthUser } from '@app/identity';
import { ApplicationDto } from './dto/application.dto';
import { QualificationDecisionDto, QualificationQueueItemDto, QualificationQueuePageDto, QualificationQueueQueryDto } from './dto/qualification.dto';

/** Qualification review (资格审查, domain.md §8): the admin's queue and decisions. */
@ApiTags('admin: qualification review')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller()
export class QualificationController {
  constructor(
    private readonly qualification: QualificationService,
    private readonly applications: ApplicationsService,
    private readonly units: UnitRecommendationService,
  ) {}

  @Get('admin/qualification')
  @ApiOperation({ summary: 'Submitted files waiting for qualification review, oldest submission first (never your own), each with its unit’s recommendation and internal posting' })
  @ApiOkResponse({ type: QualificationQueuePageDto })
  @ApiErrors(400, 401, 403)
  async queue(@CurrentUser() admin: AuthUser, @Query() query: QualificationQueueQueryDto): Promise<QualificationQueuePageDto> {
    const page = await this.qualification.queue(admin, { cycleId: query.cycleId, cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    const recommendations = await this.units.recommendationsOf(page.items.map((e) => e.application));
    return {
      items: page.items.map((e) => {
        const r = recommendations.get(e.application.id);
        return QualificationQueueItemDto.fromEntry(e, r && (r.unit || r.record) ? RecommendationDto.from(r) : null);
      }),
      nextCursor: page.nextCursor,
      defaultCorrectionDays: DEFAULT_CORRECTION_DAYS,
    };
  }

  @Post('applications/:id/qualification')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Accept, return for correction or reject a submitted file',
    description:
      '400 VALIDATION_FAILED naming `reason` when a return or rejection has none; 404 for your own file; 409 INVALID_TRANSITION when the file is no longer submitted ' +
      '(someone decided first); 422 CONFIRMATION_REQUIRED naming confirmExceptional / confirmEntrustment when accepting an exceptional-route or cross-provincial file without them. ' +
      'The applicant is notified (application.accepted / returned / rejected).',
  })
  @ApiOkResponse({ type: ApplicationDto, description: 'The file after the decision' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async decide(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: QualificationDecisionDto): Promise<ApplicationDto> {
    await this.qualification.decide(admin, id, dto);
    return ApplicationDto.fromView(await this.applications.view(admin, id));
  }
}
