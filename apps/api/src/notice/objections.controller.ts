import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { ObjectionsService } from '@app/notice';
import { ObjectionContactDto, ObjectionDto, ObjectionListDto, ObjectionListQueryDto, ResolveObjectionDto } from './dto/notice.dto';

/** Admins handling objections to public notices. */
@ApiTags('admin: objections')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('objections')
export class ObjectionsController {
  constructor(private readonly objections: ObjectionsService) {}

  @Get()
  @ApiOkResponse({ type: ObjectionListDto, description: 'Objections oldest first (the order to handle them), e.g. ?status=open; phones masked; never those to your own files' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: AuthUser, @Query() query: ObjectionListQueryDto): Promise<ObjectionListDto> {
    const page = await this.objections.list(user, { status: query.status, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map(ObjectionDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOkResponse({ type: ObjectionDto, description: '404 for an objection to your own file, as for an unknown one' })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ObjectionDto> {
    return ObjectionDto.from(await this.objections.get(id, user));
  }

  @Get(':id/contact')
  @ApiOkResponse({ type: ObjectionContactDto, description: 'The objector’s e-mail and full phone number, to reach them; every view is recorded in the audit log. 404 for an objection to your own file' })
  @ApiErrors(400, 401, 403, 404)
  async contact(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<ObjectionContactDto> {
    return this.objections.contact(id, { id: user.id, roles: user.roles });
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({
    type: ObjectionDto,
    description:
      'upheld: the file is rejected with the note as reason, or with reReview back in expert review (previous assignments closed, a new panel needed); dismissed: nothing else changes. 409 OBJECTION_ALREADY_RESOLVED; 409 when the file is no longer on notice; 404 for an objection to your own file (dismissing included)',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async resolve(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: ResolveObjectionDto): Promise<ObjectionDto> {
    return ObjectionDto.from(await this.objections.resolve(id, dto, { id: user.id, roles: user.roles }));
  }
}
