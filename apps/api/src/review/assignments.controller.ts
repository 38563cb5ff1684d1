import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClientIp, CurrentUser, Role, Roles } from '@app/auth';
import { ApiErrors, ParseUuidParam } from '@app/common';
import { AuthUser } from '@app/identity';
import { AssignmentService } from '@app/review';
import { AssignmentDto, AssignmentListDto, AssignReviewersDto, AutoAssignSummaryDto, DeclinedDto, DeclineReviewDto } from './dto/assignment.dto';

/** An admin assigning reviewers to one file by hand, or withdrawing one. */
@ApiTags('admin: review assignments')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('applications/:id/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentService) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: AssignmentListDto, description: 'All assigned. 422 ASSIGNMENT_REFUSED names each refused reviewer with its code; 409 APPLICATION_NOT_IN_REVIEW' })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async assign(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: AssignReviewersDto, @ClientIp() ip: string): Promise<AssignmentListDto> {
    return { items: (await this.assignments.assign(id, dto.reviewerIds, { id: actor.id, ip })).map(AssignmentDto.from) };
  }

  @Delete(':assignmentId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Withdrawn; the slot is open again. 409 ASSIGNMENT_NOT_ACTIVE once submitted, declined or withdrawn' })
  @ApiErrors(400, 401, 403, 404, 409)
  async withdraw(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @Param('assignmentId', ParseUuidParam) assignmentId: string, @ClientIp() ip: string): Promise<void> {
    await this.assignments.withdraw(id, assignmentId, { id: actor.id, ip });
  }
}

/** Automatic assignment for a whole cycle. */
@ApiTags('admin: review assignments')
@ApiBearerAuth('bearer')
@Roles(Role.Admin)
@Controller('cycles/:id/auto-assign')
export class AutoAssignController {
  constructor(private readonly assignments: AssignmentService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: AutoAssignSummaryDto, description: 'What was assigned and which files are still short, with the reason. Running it again assigns only missing slots' })
  @ApiErrors(400, 401, 403, 404)
  async run(@CurrentUser() actor: AuthUser, @Param('id', ParseUuidParam) id: string, @ClientIp() ip: string): Promise<AutoAssignSummaryDto> {
    return AutoAssignSummaryDto.from(await this.assignments.autoAssign(id, { id: actor.id, ip }));
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
  async decline(@CurrentUser() user: AuthUser, @Param('id', ParseUuidParam) id: string, @Body() dto: DeclineReviewDto, @ClientIp() ip: string): Promise<DeclinedDto> {
    return this.assignments.decline({ id: user.id, ip }, id, dto);
  }
}
