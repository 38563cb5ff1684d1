import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { DeclaredRelationsService } from '@app/review';
import { DeclareRelationDto, DeclaredRelationDto, DeclaredRelationPageDto } from './dto/declared-relation.dto';

/** A reviewer's own declared relations (conflicts of interest); nobody else's. */
@ApiTags('reviewer: conflicts')
@ApiBearerAuth('bearer')
@Roles(Role.Reviewer)
@Controller('reviewers/me/conflicts')
export class ReviewerConflictsController {
  constructor(private readonly relations: DeclaredRelationsService) {}

  @Get()
  @ApiOkResponse({ type: DeclaredRelationPageDto, description: 'The caller\'s relations, newest first' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: AuthUser, @Query() query: CursorQueryDto): Promise<DeclaredRelationPageDto> {
    const page = await this.relations.list(user.id, query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
    return { items: page.items.map(DeclaredRelationDto.from), nextCursor: page.nextCursor };
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: DeclaredRelationDto })
  @ApiErrors(400, 401, 403)
  async declare(@CurrentUser() user: AuthUser, @Body() dto: DeclareRelationDto): Promise<DeclaredRelationDto> {
    return DeclaredRelationDto.from(await this.relations.declare(user.id, dto, { id: user.id }));
  }

  @Delete(':relationId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed. 404 RELATION_NOT_FOUND for another reviewer\'s relation or none' })
  @ApiErrors(400, 401, 403, 404)
  async remove(@CurrentUser() user: AuthUser, @Param('relationId', ParseUuidParam) relationId: string): Promise<void> {
    await this.relations.remove(user.id, relationId, { id: user.id });
  }
}
