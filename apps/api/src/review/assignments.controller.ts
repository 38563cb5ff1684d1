import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientIp, CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { AssignmentService, AutoAssignRunsService } from '@app/review';
import { AssignmentDto, AssignmentListDto, AssignReviewersDto, AutoAssignRunDto, DeclinedDto, DeclineReviewDto } from './dto/assignment.dto';

/** An admin assigning reviewers to one file by hand, or withdrawing one. */
@ApiTags('admin: review assignments')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('applications/:id/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: AssignmentListDto, description: 'All assigned. 422 ASSIGNMENT_REFUSED names each refused reviewer with its code; 409 APPLICATION_NOT_IN_REVIEW; 404 for your own file' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async assign(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: AssignReviewersDto): Promise<AssignmentListDto> {
    return { items: (await this.assignments.assign(id, dto.reviewerIds, { id: actor.id, roles: actor.roles })).map(AssignmentDto.from) };
  }

  @Delete(':assignmentId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn; the slot is open again. 409 ASSIGNMENT_NOT_ACTIVE once submitted, declined or withdrawn; 404 on your own file' })
  @ApiErrors(400, 401, 403, 404, 409)
  async withdraw(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Param('assignmentId', ParseUuidParam) assignmentId: string): Promise<void> {
    await this.assignments.withdraw(id, assignmentId, { id: actor.id, roles: actor.roles });
  }
}

/**
 * Automatic assignment for a whole cycle, run by the worker: the request answers 202 with the
 * run, which the admin reads back until it is done (summary) or failed (error).
 */
@ApiTags('admin: review assignments')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('cycles/:id/auto-assign')
export class AutoAssignController {
  constructor(private readonly runs: AutoAssignRunsService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: AutoAssignRunDto,
    description:
      'Queued (or, while one is queued or running for the cycle, that run). Read it back at GET cycles/:id/auto-assign/:runId; running it again later assigns only missing slots. ' +
      'The run leaves the requesting admin’s own files to another admin’s run',
  })
  @ApiErrors(400, 401, 403, 404)
  async request(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @ClientIp() ip: string): Promise<AutoAssignRunDto> {
    return AutoAssignRunDto.from((await this.runs.request(id, { id: actor.id, ip })).run);
  }

  @Get(':runId')
  @ApiOkResponse({ type: AutoAssignRunDto, description: 'The run: queued, running, done with its summary (what was assigned, which files are still short and why; never your own) or failed' })
  @ApiErrors(400, 401, 403, 404)
  async get(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Param('runId', ParseUuidParam) runId: string): Promise<AutoAssignRunDto> {
    return AutoAssignRunDto.from(await this.runs.get(id, runId, actor));
  }
}

/** A reviewer declining one of their own assignments (404 for anyone else's). */
@ApiTags('reviewer: reviews')
@ApiBearerAuth('bearer')
@Roles(Role.Reviewer)
@Controller('reviews/:id/decline')
export class DeclineReviewController {
  constructor(private readonly assignments: AssignmentService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: DeclinedDto, description: 'Declined; the slot opens for another reviewer. 409 ASSIGNMENT_NOT_ACTIVE once submitted' })
  @ApiErrors(400, 401, 403, 404, 409)
  async decline(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: DeclineReviewDto): Promise<DeclinedDto> {
    return this.assignments.decline({ id: user.id }, id, dto);
  }
}
