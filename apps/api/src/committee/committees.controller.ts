import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { CommitteesService } from '@app/committee';
import { CommitteeDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';

/** Committees: admins create and change them; a member may read their own. */
@ApiTags('committees')
@ApiBearerAuth('bearer')
@Controller('committees')
export class CommitteesController {
  constructor(private readonly committees: CommitteesService) {}

  @Post()
  @Roles(Role.Admin)
  @HttpCode(201)
  @ApiCreatedResponse({ type: CommitteeDto, description: '400 VALIDATION_FAILED names each field: COMMITTEE_SIZE_EVEN, COMMITTEE_TOO_SMALL (memberIds), TERM_TOO_LONG (termEnd), MEMBER_NOT_IN_POOL (memberIds[i]) ...' })
  @ApiErrors(400, 401, 403)
  async create(@CurrentUser() actor: AuthUser, @Body() dto: CreateCommitteeDto): Promise<CommitteeDto> {
    return CommitteeDto.from(await this.committees.create(dto, { id: actor.id }));
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Reviewer)
  @ApiOkResponse({ type: CommitteeDto, description: 'Admins see every committee, a reviewer only those they sit on (404 otherwise)' })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<CommitteeDto> {
    return CommitteeDto.from(await this.committees.get(id, user));
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CommitteeDto, description: 'Changed; the whole committee must still meet every rule (400 naming each field). Meetings already open keep their attendance' })
  @ApiErrors(400, 401, 403, 404)
  async update(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UpdateCommitteeDto): Promise<CommitteeDto> {
    return CommitteeDto.from(await this.committees.update(id, dto, { id: actor.id }));
  }
}
