import { ApiProperty } from '@nestjs/swagger';
import { APPLICATION_STATUSES, PassedStage, StageAhead, Timeline, WORKFLOW_ACTIONS } from '@app/applications';

const ROLES = ['applicant', 'unit', 'admin', 'system'];
const BASES = ['cycle.closesAt', 'application.correctionDeadline', 'cycle.reviewDeadline', 'cycle.meetingDate', 'notice.workingDays'];

class PassedStageDto {
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'The status the file reached' }) status: string;
  @ApiProperty({ example: 'accepted', description: 'What happened (created, submitted, returned, accepted, reviewed ...)' }) action: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ROLES, description: 'Who took the step, by role (system: the portal itself)' }) actorRole: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Who took it: admins only; always null in the applicant’s view' }) actorId: string | null;
  @ApiProperty({ nullable: true, type: String }) reason: string | null;

  static from(s: PassedStage): PassedStageDto {
    return { status: s.status, action: s.action, at: s.at.toISOString(), actorRole: s.actorRole, actorId: s.actorId, reason: s.reason };
  }
}

class StageAheadDto {
  @ApiProperty({ enum: APPLICATION_STATUSES, description: 'The status the step reaches' }) status: string;
  @ApiProperty({ enum: WORKFLOW_ACTIONS, description: 'The workflow action that takes the step' }) action: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The date (Asia/Shanghai) the schedule expects it by; null when nothing schedules it (see note)' })
  expectedBy: string | null;
  @ApiProperty({ enum: BASES, nullable: true, type: String, description: 'Where expectedBy comes from' }) basis: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why there is no expected date' }) note: string | null;
  @ApiProperty({ description: 'expectedBy is before today and the step has not happened' }) overdue: boolean;

  static from(s: StageAhead): StageAheadDto {
    return { ...s };
  }
}

export class TimelineDto {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: string;
  @ApiProperty({ type: [PassedStageDto], description: 'Every stage passed, oldest first; the last is where the file is now' }) passed: PassedStageDto[];
  @ApiProperty({ type: [StageAheadDto], description: 'The stages still ahead on the way to the title, in order (none once the file reached an ending)' }) ahead: StageAheadDto[];

  static from(t: Timeline): TimelineDto {
    return { applicationId: t.applicationId, status: t.status, passed: t.passed.map((s) => PassedStageDto.from(s)), ahead: t.ahead.map((s) => StageAheadDto.from(s)) };
  }
}
