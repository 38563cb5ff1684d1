import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, CursorQueryDto, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { DeclaredRelationsService, ReviewerPoolService } from '@app/review';
import { DeclareRelationDto, DeclaredRelationDto, DeclaredRelationPageDto } from './dto/declared-relation.dto';
import { ListReviewersQueryDto, PoolReviewerDto, PutReviewerProfileDto, ReviewerProfileDto, ReviewerProfilePageDto } from './dto/reviewer-profile.dto';

@ApiTags('admin: reviewers')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/reviewers')
export class AdminReviewersController {
  constructor(
    private readonly pool: ReviewerPoolService,
    private readonly relations: DeclaredRelationsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: ReviewerProfilePageDto, description: 'The expert pool, newest profile first, each with the reviewer’s name, e-mail and load' })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: ListReviewersQueryDto): Promise<ReviewerProfilePageDto> {
    const page = await this.pool.listWithLoad({ ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((e) => PoolReviewerDto.fromEntry(e)), nextCursor: page.nextCursor };
  }

  @Get(':userId')
  @ApiOkResponse({ type: ReviewerProfileDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@Param('userId', ParseUuidParam) userId: string): Promise<ReviewerProfileDto> {
    return ReviewerProfileDto.from(await this.pool.get(userId));
  }

  @Put(':userId')
  @ApiOkResponse({ type: ReviewerProfileDto, description: 'Created or replaced. 422 USER_NOT_REVIEWER if the user lacks the reviewer role' })
  @ApiErrors(400, 401, 403, 404, 422)
  async put(@CurrentUser() actor: AuthUser, @Param('userId', ParseUuidParam) userId: string, @Body() dto: PutReviewerProfileDto): Promise<ReviewerProfileDto> {
    return ReviewerProfileDto.from((await this.pool.put(userId, dto, { id: actor.id })).profile);
  }

  @Get(':userId/conflicts')
  @ApiOkResponse({ type: DeclaredRelationPageDto })
  @ApiErrors(400, 401, 403)
  async listRelations(@Param('userId', ParseUuidParam) userId: string, @Query() query: CursorQueryDto): Promise<DeclaredRelationPageDto> {
    const page = await this.relations.list(userId, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
    return { items: page.items.map(DeclaredRelationDto.from), nextCursor: page.nextCursor };
  }

  @Post(':userId/conflicts')
  @HttpCode(201)
  @ApiCreatedResponse({ type: DeclaredRelationDto, description: 'Recorded for the reviewer. 422 USER_NOT_REVIEWER if the user lacks the reviewer role' })
  @ApiErrors(400, 401, 403, 404, 422)
  async declare(@CurrentUser() actor: AuthUser, @Param('userId', ParseUuidParam) userId: string, @Body() dto: DeclareRelationDto): Promise<DeclaredRelationDto> {
    return DeclaredRelationDto.from(await this.relations.declare(userId, dto, { id: actor.id }));
  }
}
