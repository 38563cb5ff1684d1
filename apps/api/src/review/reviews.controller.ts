import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import type { AuthUser } from '@app/identity';
import { ReviewsService } from '@app/review';
import { evidenceDownload } from '../applications/evidence-download';
import { EligibilityDto } from '../applications/dto/application.dto';
import { ApplicationScoresDto, ListReviewsQueryDto, ReopenReviewDto, ReviewDto, ReviewListItemDto, ReviewPageDto, ReviewWithRubricDto, SaveReviewDto } from './dto/review.dto';
import { ReviewerEvidenceDto, ReviewerEvidenceListDto, ReviewerFileDto } from './dto/reviewer-file.dto';

/** A reviewer's own reviews: list, read, save a draft, submit. Anyone else's answers 404. */
@ApiTags('reviewer: reviews')
@ApiBearerAuth('bearer')
@Roles(Role.Reviewer)
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get()
  @ApiOkResponse({ type: ReviewPageDto, description: 'The caller\'s assignments, newest first' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListReviewsQueryDto): Promise<ReviewPageDto> {
    const page = await this.reviews.list(user, { status: query.status, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map(ReviewListItemDto.fromItem), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: ReviewWithRubricDto })
  @ApiErrors(401, 403, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ReviewWithRubricDto> {
    return ReviewWithRubricDto.fromView(await this.reviews.get(user, id));
  }

  @Get(':id/file')
  @ApiOperation({
    summary: "The file of the caller's review, as a reviewer reads it",
    description:
      'While the review holds its slot (assigned, draft, submitted) and the file is in review; 404 once the file has left review or the assignment ended ' +
      '(declined, withdrawn, superseded). No applicant user id, identity number, contact data or birth date.',
  })
  @ApiOkResponse({ type: ReviewerFileDto })
  @ApiErrors(400, 401, 403, 404)
  async file(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ReviewerFileDto> {
    return ReviewerFileDto.from(await this.reviews.file(user, id));
  }

  @Get(':id/file/eligibility')
  @ApiOperation({ summary: "The eligibility report of the caller's review's file (while the file is in review, as GET reviews/:id/file)" })
  @ApiOkResponse({ type: EligibilityDto })
  @ApiErrors(400, 401, 403, 404)
  async fileEligibility(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<EligibilityDto> {
    return EligibilityDto.from(await this.reviews.fileEligibility(user, id));
  }

  @Get(':id/file/attachments')
  @ApiOperation({ summary: "The evidence of the caller's review's file, without identity documents (while the file is in review, as GET reviews/:id/file)" })
  @ApiOkResponse({ type: ReviewerEvidenceListDto })
  @ApiErrors(400, 401, 403, 404)
  async fileEvidence(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ReviewerEvidenceListDto> {
    return { items: (await this.reviews.fileEvidence(user, id)).map(ReviewerEvidenceDto.from) };
  }

  @Get(':id/file/attachments/:attachmentId')
  @ApiOperation({ summary: "Download one evidence file of the caller's review's file (audited); an identity document answers 404" })
  @ApiProduces('application/pdf', 'image/jpeg', 'image/png')
  @ApiOkResponse({ description: 'The stored bytes with their detected media type', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(400, 401, 403, 404)
  async downloadFileEvidence(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuidParam) id: string,
    @Param('attachmentId', ParseUuidParam) attachmentId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return evidenceDownload(reply, await this.reviews.openFileEvidence(user, id, attachmentId));
  }

  @Put(':id')
  @ApiOkResponse({ type: ReviewWithRubricDto, description: 'Saved as a draft (partial scores allowed, each within its range). 409 STALE_VERSION when `updatedAt` is given and the review changed since' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async save(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: SaveReviewDto): Promise<ReviewWithRubricDto> {
    return ReviewWithRubricDto.fromView(await this.reviews.saveDraft(user, id, dto));
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReviewWithRubricDto, description: 'Final unless an admin reopens it; the last review of a file moves it to reviewed' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async submit(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ReviewWithRubricDto> {
    return ReviewWithRubricDto.fromView(await this.reviews.submit(user, id));
  }
}

/** Admin: reopen a submitted review, read a file's scores. */
@ApiTags('admin: reviews')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller()
export class AdminReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Post('reviews/:id/reopen')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReviewDto, description: 'Back to draft while the file is under review' })
  @ApiErrors(400, 401, 403, 404, 409)
  async reopen(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: ReopenReviewDto): Promise<ReviewDto> {
    return ReviewDto.from(await this.reviews.reopen(user, id, dto.reason));
  }

  @Get('applications/:id/scores')
  @ApiOkResponse({ type: ApplicationScoresDto })
  @ApiErrors(401, 403, 404)
  async scores(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ApplicationScoresDto> {
    return ApplicationScoresDto.from(await this.reviews.scoresOf(user, id));
  }
}
