import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam, DEFAULT_PAGE_SIZE } from '@app/common';
import { AccountService, AuthUser, UserAdminService } from '@app/identity';
import { UserDto } from '../me/dto/user.dto';
import { InviteUserDto, ListUsersQueryDto, UpdateUserDto, UserPageDto } from './dto/admin-user.dto';

@ApiTags('admin: users')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly admin: UserAdminService,
    private readonly accounts: AccountService,
  ) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: ListUsersQueryDto): Promise<UserPageDto> {
    const page = await this.admin.list({ ...query, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    return { items: page.items.map((u) => UserDto.from(u, 'other')), nextCursor: page.nextCursor };
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto, description: 'Invited; the person receives a link to set a password (valid 7 days)' })
  @ApiErrors(400, 401, 403, 409)
  async invite(@CurrentUser() actor: AuthUser, @Body() dto: InviteUserDto): Promise<UserDto> {
    return UserDto.from(await this.accounts.invite(dto, actor.id), 'other');
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserDto })
  @ApiErrors(400, 401, 403, 404, 409)
  async update(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UpdateUserDto): Promise<UserDto> {
    return UserDto.from(await this.admin.update(id, dto, actor.id), 'other');
  }
}
