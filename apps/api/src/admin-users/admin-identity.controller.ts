import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { AuthUser, PersonIdentity } from '@app/identity';
import { CorrectIdentityDto, IdentityBindingDto, IdentityConflictDto, IdentityConflictPageDto, ListIdentityConflictsQueryDto } from './dto/identity.dto';

/** One person, one account (domain.md §8): the office's view of refused second accounts, and its audited correction. */
@ApiTags('admin: users')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin')
export class AdminIdentityController {
  constructor(private readonly persons: PersonIdentity) {}

  @Get('identity-conflicts')
  @ApiOperation({ summary: 'Submissions refused because the identity number is bound to another account: both accounts, newest attempt first' })
  @ApiOkResponse({ type: IdentityConflictPageDto })
  @ApiErrors(400, 401, 403)
  async conflicts(@Query() query: ListIdentityConflictsQueryDto): Promise<IdentityConflictPageDto> {
    const page = await this.persons.conflicts({ ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((r) => IdentityConflictDto.from(r)), nextCursor: page.nextCursor };
  }

  @Post('users/:id/identity')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Correct (re-bind) or release the identity number bound to an account, with a reason (audited)' })
  @ApiOkResponse({ type: IdentityBindingDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async correct(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: CorrectIdentityDto): Promise<IdentityBindingDto> {
    return IdentityBindingDto.from(await this.persons.correct(actor.id, id, dto));
  }
}
