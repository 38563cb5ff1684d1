import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, CursorQueryDto, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { CommitteesService } from '@app/committee';
import { CommitteeCandidateDto, CommitteeCandidatePageDto, CommitteeDto, CommitteePageDto, CommitteeRulesDto, CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto';

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
    return CommitteeDto.from(await this.committees.named(await this.committees.create(dto, { id: actor.id })));
  }

  @Get()
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CommitteePageDto, description: 'Every committee, newest first, with its members by name, and the configured rules (minimum sizes, quorum, longest term)' })
  @ApiErrors(400, 401, 403)
  async list(@Query() query: CursorQueryDto): Promise<CommitteePageDto> {
    const page = await this.committees.list(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
    return { items: page.items.map(CommitteeDto.from), nextCursor: page.nextCursor, rules: CommitteeRulesDto.from(this.committees.rules()) };
  }

  @Get('candidates')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CommitteeCandidatePageDto, description: 'Who may be a member: the expert pool\'s active profiles whose account is an active reviewer, with their names (a page may hold fewer than limit: inactive accounts are left out; follow nextCursor)' })
  @ApiErrors(400, 401, 403)
  async candidates(@Query() query: CursorQueryDto): Promise<CommitteeCandidatePageDto> {
    const page = await this.committees.candidates(query.limit ?? DEFAULT_PAGE_SIZE, query.cursor);
    return { items: page.items.map(CommitteeCandidateDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Reviewer)
  @ApiOkResponse({ type: CommitteeDto, description: 'Admins see every committee, a reviewer only those they sit on (404 otherwise)' })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<CommitteeDto> {
    return CommitteeDto.from(await this.committees.named(await this.committees.get(id, user)));
  }

  @Patch(':id')
  @Roles(Role.Admin)
  @ApiOkResponse({ type: CommitteeDto, description: 'Changed; the whole committee must still meet every rule (400 naming each field). Meetings already open keep their attendance' })
  @ApiErrors(400, 401, 403, 404)
  async update(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: UpdateCommitteeDto): Promise<CommitteeDto> {
    return CommitteeDto.from(await this.committees.named(await this.committees.update(id, dto, { id: actor.id })));
  }
}
