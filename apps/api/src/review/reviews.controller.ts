import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientIp, CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import type { AuthUser } from '@app/identity';
import { ReviewsService } from '@app/review';
import { ApplicationScoresDto, ListReviewsQueryDto, ReopenReviewDto, ReviewDto, ReviewPageDto, ReviewWithRubricDto, SaveReviewDto } from './dto/review.dto';

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
    return { items: page.items.map(ReviewDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: ReviewWithRubricDto })
  @ApiErrors(401, 403, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ReviewWithRubricDto> {
    return ReviewWithRubricDto.fromView(await this.reviews.get(user, id));
  }

  @Put(':id')
  @ApiOkResponse({ type: ReviewWithRubricDto, description: 'Saved as a draft (partial scores allowed, each within its range)' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async save(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: SaveReviewDto, @ClientIp() ip: string): Promise<ReviewWithRubricDto> {
    return ReviewWithRubricDto.fromView(await this.reviews.saveDraft(user, id, dto, ip));
  }

  @Post(':id/submit')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ReviewWithRubricDto, description: 'Final unless an admin reopens it; the last review of a file moves it to reviewed' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async submit(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @ClientIp() ip: string): Promise<ReviewWithRubricDto> {
    return ReviewWithRubricDto.fromView(await this.reviews.submit(user, id, ip));
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
  async reopen(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: ReopenReviewDto, @ClientIp() ip: string): Promise<ReviewDto> {
    return ReviewDto.from(await this.reviews.reopen(user, id, dto.reason, ip));
  }

  @Get('applications/:id/scores')
  @ApiOkResponse({ type: ApplicationScoresDto })
  @ApiErrors(401, 403, 404)
  async scores(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ApplicationScoresDto> {
    return ApplicationScoresDto.from(await this.reviews.scoresOf(user, id));
  }
}
