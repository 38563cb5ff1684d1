import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import type { AuthUser } from '@app/identity';
import { OrganisationsService } from '@app/organisations';
import { UserDto } from '../me/dto/user.dto';
import { AdminOrganisationDto, CreateOrganisationDto, InviteOfficerDto, ListOrganisationsQueryDto, OfficerInvitedDto, OrganisationDto, OrganisationPageDto } from './dto/organisation.dto';

/** Organisations as data (domain.md §2, §8) and the people acting for them: the admin's side. */
@ApiTags('admin: organisations')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('admin/organisations')
export class AdminOrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'Organisations, oldest first (keyset), optionally of one kind, each with the people acting for it' })
  @ApiOkResponse({ type: OrganisationPageDto })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: ListOrganisationsQueryDto): Promise<OrganisationPageDto> {
    const page = await this.organisations.list({ kind: query.kind, cursor: query.cursor, limit: query.limit ?? DEFAULT_PAGE_SIZE });
    const people = await this.organisations.peopleOf(page.items.map((o) => o.id));
    return { items: page.items.map((o) => AdminOrganisationDto.withOfficers(o, people.get(o.id) ?? [])), nextCursor: page.nextCursor };
  }

  @Post()
  @ApiOperation({ summary: 'Register an employer (by credit code) or a district sub-centre (by region code)' })
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiErrors(400, 401, 403, 409)
  async create(@CurrentUser() admin: AuthUser, @Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return OrganisationDto.from(await this.organisations.create(dto, admin));
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganisationDto })
  @ApiErrors(400, 401, 403, 404)
  async get(@Param('id', ParseUuidParam) id: string): Promise<OrganisationDto> {
    return OrganisationDto.from(await this.organisations.get(id));
  }

  @Post(':id/officers')
  @ApiOperation({
    summary: 'Invite a person to act for a recommending unit (role unit_officer) or the bureau (role authority_officer), bound to it',
    description: 'The invitation flow of admin/users: a new account and a link to set a password. 409 EMAIL_TAKEN; 422 ORGANISATION_NOT_A_UNIT for the office (its people are admins).',
  })
  @ApiCreatedResponse({ type: OfficerInvitedDto })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async invite(@CurrentUser() admin: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: InviteOfficerDto): Promise<OfficerInvitedDto> {
    const { user, organisation, role } = await this.organisations.inviteOfficer(id, dto, admin);
    return { user: UserDto.from(user, 'other'), organisation: OrganisationDto.from(organisation), role };
  }
}
