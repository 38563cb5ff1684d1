import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import type { AuthUser } from '@app/identity';
import { UnitRecommendationService } from '@app/organisations';
import { evidenceDownload } from '../applications/evidence-download';
import { ReviewerEvidenceDto, ReviewerEvidenceListDto } from '../review/dto/reviewer-file.dto';
import { RecommendationDto, RecordPostingDto, UnitDeclineDto, UnitFileDto, UnitQueuePageDto, UnitQueueItemDto, UnitRecommendDto, UnitReturnDto } from './dto/organisation.dto';

/**
 * The recommending unit's stage (单位推荐, domain.md §8): a unit officer's queue, the file, the
 * internal posting and the decisions. Files of other units answer 404.
 */
@ApiTags('unit: recommendation')
@ApiBearerAuth('bearer')
@Roles(Role.UnitOfficer)
@Controller('unit/files')
export class UnitFilesController {
  constructor(private readonly units: UnitRecommendationService) {}

  @Get()
  @ApiOperation({ summary: 'Files with your units waiting for the recommendation, oldest submission first (keyset)' })
  @ApiOkResponse({ type: UnitQueuePageDto })
  @ApiErrors(400, 401, 403)
  async queue(@CurrentUser() officer: AuthUser, @Query() query: CursorQueryDto): Promise<UnitQueuePageDto> {
    const page = await this.units.queue(officer, { cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((e) => UnitQueueItemDto.from(e)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A file of your unit, without the identity number, with its posting and decision' })
  @ApiOkResponse({ type: UnitFileDto })
  @ApiErrors(400, 401, 403, 404)
  async file(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<UnitFileDto> {
    return UnitFileDto.from(await this.units.view(officer, id));
  }

  @Get(':id/attachments')
  @ApiOperation({ summary: 'The evidence of a file addressed to your unit (any stage), without identity documents, oldest first; 404 for other units’ files and your own' })
  @ApiOkResponse({ type: ReviewerEvidenceListDto })
  @ApiErrors(400, 401, 403, 404)
  async evidence(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ReviewerEvidenceListDto> {
    return { items: (await this.units.evidence(officer, id)).map(ReviewerEvidenceDto.from) };
  }

  @Get(':id/attachments/:attachmentId')
  @ApiOperation({
    summary: 'Download one evidence file of a file addressed to your unit (read-only, audited as attachment.downloaded)',
    description: 'Always as an attachment, never rendered inline. 404 for other units’ files, your own, and identity documents.',
  })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The stored bytes with their detected media type', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 401, 403, 404)
  async downloadEvidence(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUuidParam) id: string,
    @Param('attachmentId', ParseUuidParam) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return evidenceDownload(reply, await this.units.openEvidence(officer, id, attachmentId));
  }

  @Put(':id/posting')
  @ApiOperation({
    summary: 'Record the internal posting: start, end, and (once it has ended) the outcome',
    description:
      'The end is at least UNIT_POSTING_WORKING_DAYS working days after the start on the working-day calendar (400 POSTING_TOO_SHORT naming endDate; default: the shortest end). ' +
      '422 CALENDAR_YEAR_UNCONFIRMED naming startDate when the end would fall in a year nobody confirmed; 422 POSTING_NOT_ENDED for an outcome before the end; 409 FILE_NOT_WITH_UNIT.',
  })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async posting(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: RecordPostingDto): Promise<RecommendationDto> {
    return RecommendationDto.from(await this.units.recordPosting(officer, id, dto));
  }

  @Post(':id/return')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Return the file to the designer with a reason and a correction deadline; the resubmission comes back to the unit' })
  @ApiOkResponse({ type: UnitFileDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async returnFile(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UnitReturnDto): Promise<UnitFileDto> {
    await this.units.returnFile(officer, id, dto);
    return UnitFileDto.from(await this.units.view(officer, id));
  }

  @Post(':id/recommend')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Recommend the file to the office (after the posting ended and its outcome is recorded)',
    description: '422 POSTING_REQUIRED / POSTING_NOT_ENDED (with the end date) / POSTING_OUTCOME_REQUIRED; 409 INVALID_TRANSITION when someone decided first.',
  })
  @ApiOkResponse({ type: UnitFileDto })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async recommend(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UnitRecommendDto): Promise<UnitFileDto> {
    await this.units.recommend(officer, id, dto);
    return UnitFileDto.from(await this.units.view(officer, id));
  }

  @Post(':id/decline')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Decline to recommend, with a reason: the file is rejected at the unit’s stage (the designer may appeal)' })
  @ApiOkResponse({ type: UnitFileDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async decline(@CurrentUser() officer: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UnitDeclineDto): Promise<UnitFileDto> {
    await this.units.decline(officer, id, dto);
    return UnitFileDto.from(await this.units.view(officer, id));
  }
}

/** A file's recommendation for the office (handling admins) and its unit's officers. */
@ApiTags('applications')
@ApiBearerAuth('bearer')
@Roles(Role.Admin, Role.UnitOfficer)
@Controller('applications')
export class ApplicationRecommendationController {
  constructor(private readonly units: UnitRecommendationService) {}

  @Get(':id/recommendation')
  @ApiOperation({ summary: 'The recommending unit, its internal posting and its decision (404 unless you handle the file or act for its unit)' })
  @ApiOkResponse({ type: RecommendationDto })
  @ApiErrors(400, 401, 403, 404)
  async recommendation(@CurrentUser() viewer: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<RecommendationDto> {
    return RecommendationDto.from(await this.units.recommendation(viewer, id));
  }
}

