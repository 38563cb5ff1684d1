import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, DEFAULT_PAGE_SIZE, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { MeetingCloseService, MeetingFileAccess, MeetingsService, MemberDossierService, VotingService } from '@app/committee';
import { MemberDossierDto } from './dto/dossier.dto';
import { BallotPaperDto, BallotReceiptDto, CastBallotDto, CloseItemVotingDto, ItemVotingClosedDto, TakeBallotPaperDto, ListMeetingsQueryDto, MeetingDto, MeetingPageDto, MeetingSummaryDto, MinutesDto, OpenMeetingDto, RecordedTallyDto, RecordTallyDto, ScheduleMeetingDto } from './dto/meeting.dto';

/** Committee meetings: admins schedule, open and close them and record paper tallies; members see their agenda and cast secret ballots. */
@ApiTags('committee meetings')
@ApiBearerAuth('bearer')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly voting: VotingService,
    private readonly closing: MeetingCloseService,
    private readonly fileAccess: MeetingFileAccess,
    private readonly dossiers: MemberDossierService,
  ) {}

  @Post()
  @Roles(Role.Admin)
  @HttpCode(201)
  @ApiCreatedResponse({ type: MeetingDto, description: 'Scheduled; every member is notified (committee.meeting_scheduled). 422 AGENDA_REFUSED names each refused applicationIds[i] with its reason (your own file: APPLICATION_NOT_FOUND, as an unknown one)' })
  @ApiErrors(400, 401, 403, 409, 422)
  async schedule(@CurrentUser() actor: AuthUser, @Body() dto: ScheduleMeetingDto): Promise<MeetingDto> {
    await this.fileAccess.assertAgendaHandled(dto.applicationIds, actor);
    return MeetingDto.from(await this.meetings.schedule(dto, { id: actor.id }));
  }

  @Get()
  @Roles(Role.Admin, Role.Reviewer)
  @ApiOkResponse({ type: MeetingPageDto, description: 'Latest scheduled first. Admins: every meeting (or one committee\'s); reviewers: the meetings of the committees they sit on' })
  @ApiErrors(400, 401, 403)
  async list(@CurrentUser() user: AuthUser, @Query() query: ListMeetingsQueryDto): Promise<MeetingPageDto> {
    const page = await this.meetings.list(user, { committeeId: query.committeeId, limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor });
    return { items: page.items.map(MeetingSummaryDto.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Roles(Role.Admin, Role.Reviewer)
  @ApiOkResponse({ type: MeetingDto, description: 'Admin: everything but live electronic totals or ballot counts (votingComplete per item), and never the item of your own file. Member of the committee: the agenda with mayVote / canVoteNow per item. Anyone else: 404' })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<MeetingDto> {
    return MeetingDto.from(await this.fileAccess.readable(await this.meetings.view(id, user), user));
  }

  @Get(':id/items/:applicationId/dossier')
  @Roles(Role.Reviewer)
  @ApiOkResponse({
    type: MemberDossierDto,
    description:
      "A committee member's dossier of one agenda item, while the meeting is scheduled or open: the review panel's aggregate and spread flag, the reviews' totals, recommendations and comments without their reviewers, the eligibility result, the evidence list. 404 MEETING_NOT_FOUND for anyone not on the committee (admins included); 404 DOSSIER_NOT_FOUND for a file not on the agenda or one the member is recused from; 409 MEETING_CLOSED once closed (the minutes are the record)",
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async dossier(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Param('applicationId', ParseUuidParam) applicationId: string): Promise<MemberDossierDto> {
    return MemberDossierDto.from(await this.dossiers.dossier(id, applicationId, user));
  }

  @Post(':id/open')
  @Roles(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: MeetingDto, description: 'Opened with the attendance and recusals fixed. 422 QUORUM_NOT_MET says how many members are missing; 409 MEETING_NOT_SCHEDULED; 404 MEETING_NOT_FOUND when your own file is on the agenda' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async open(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: OpenMeetingDto): Promise<MeetingDto> {
    await this.fileAccess.assertHandles(id, actor);
    await this.voting.open(id, dto.presentMemberIds, { id: actor.id });
    return MeetingDto.from(await this.meetings.view(id, actor));
  }

  @Post(':id/ballot-papers')
  @Roles(Role.Reviewer)
  @HttpCode(201)
  @ApiCreatedResponse({
    type: BallotPaperDto,
    description:
      'A present, entitled member takes their ballot paper for one item, once: records that they take part (nothing else) and returns the paper, to cast later with POST /meetings/{id}/ballots. 403 MEMBER_RECUSED / MEMBER_NOT_PRESENT; 409 ALREADY_VOTED, ITEM_MODE_CONFLICT (paper-tallied), ITEM_VOTING_CLOSED, MEETING_NOT_OPEN',
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async takePaper(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: TakeBallotPaperDto): Promise<BallotPaperDto> {
    return BallotPaperDto.from(await this.voting.takePaper(id, user.id, dto.applicationId));
  }

  @Post(':id/ballots')
  @Roles(Role.Reviewer)
  @HttpCode(201)
  @ApiCreatedResponse({
    type: BallotReceiptDto,
    description:
      'Secret ballot of a present member on one item, once: with ballotToken, casts that paper (stored without member or time); without, takes the paper and casts it in one call. 400 BALLOT_TOKEN_INVALID (field ballotToken); 403 MEMBER_RECUSED / MEMBER_NOT_PRESENT / BALLOT_PAPER_NOT_TAKEN; 409 ALREADY_VOTED, ITEM_MODE_CONFLICT, ITEM_VOTING_CLOSED, MEETING_NOT_OPEN; 503 BALLOT_NOT_RECORDED with details.ballotToken to cast again',
  })
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async ballot(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: CastBallotDto): Promise<BallotReceiptDto> {
    const receipt = dto.ballotToken
      ? await this.voting.castPaper(id, user.id, dto.applicationId, dto.ballotToken, dto.vote)
      : await this.voting.castBallot(id, user.id, dto.applicationId, dto.vote);
    return BallotReceiptDto.from(receipt);
  }

  @Post(':id/items/:applicationId/close-voting')
  @Roles(Role.Reviewer)
  @HttpCode(200)
  @ApiOkResponse({
    type: ItemVotingClosedDto,
    description:
      "The committee's chair ends the electronic vote on one item before every entitled member has voted, with a reason (audited, in the minutes); members who did not vote count as not yes. 403 NOT_CHAIR, MEMBER_RECUSED; 409 ITEM_VOTING_CLOSED, ITEM_MODE_CONFLICT (paper-tallied), MEETING_NOT_OPEN",
  })
  @ApiErrors(400, 401, 403, 404, 409)
  async closeItemVoting(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuidParam) id: string,
    @Param('applicationId', ParseUuidParam) applicationId: string,
    @Body() dto: CloseItemVotingDto,
  ): Promise<ItemVotingClosedDto> {
    return ItemVotingClosedDto.from(await this.voting.closeItemVoting(id, applicationId, dto.reason, { id: user.id }));
  }

  @Post(':id/tallies')
  @Roles(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: RecordedTallyDto, description: 'Paper-ballot tally of one item (replaces an earlier one). 400 when the counts exceed the entitled present members; 409 ITEM_MODE_CONFLICT when members voted electronically; 404 MEETING_NOT_FOUND when your own file is on the agenda' })
  @ApiErrors(400, 401, 403, 404, 409)
  async tally(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: RecordTallyDto): Promise<RecordedTallyDto> {
    await this.fileAccess.assertHandles(id, actor);
    return this.voting.recordTally(id, dto.applicationId, { yes: dto.yes, no: dto.no, abstain: dto.abstain }, { id: actor.id });
  }

  @Post(':id/close')
  @Roles(Role.Admin)
  @HttpCode(200)
  @ApiOkResponse({ type: MinutesDto, description: 'Closed in one transaction: the electronic totals counted from the cast ballots, passed files on public notice, failed ones rejected (stage committee_vote); the minutes. 409 MEETING_NOT_OPEN when already closed; 422 ITEMS_NOT_VOTED names each item whose vote is still open (an entitled present member has not voted, and neither a tally nor the chair closed it); 404 MEETING_NOT_FOUND when your own file is on the agenda' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async close(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<MinutesDto> {
    await this.fileAccess.assertHandles(id, actor);
    return MinutesDto.from(await this.closing.close(id, { id: actor.id, roles: actor.roles }));
  }

  @Get(':id/minutes')
  @Roles(Role.Admin, Role.Reviewer)
  @ApiOkResponse({ type: MinutesDto, description: 'Attendance, quorum, per item the totals, outcome and recusals; no individual vote; an admin never sees the item of their own file. 409 MEETING_NOT_CLOSED before the close' })
  @ApiErrors(400, 401, 403, 404, 409)
  async minutes(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string): Promise<MinutesDto> {
    return MinutesDto.from(await this.fileAccess.readableMinutes(await this.closing.minutes(id, user), user));
  }
}
