import { ApiProperty } from '@nestjs/swagger';
import type { DashboardWaiting } from '../dashboard-waiting.service';

export class AwaitingQualificationDto {
  @ApiProperty({ description: 'Submitted files not yet accepted, returned or rejected' }) count: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'The oldest submission among them' }) oldestSubmittedAt: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole days the oldest has waited' }) oldestDays: number | null;
}

export class DashboardWaitingDto {
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ format: 'date', example: '2026-06-07', description: 'Last day (Asia/Shanghai) of "this week": today and the six days after' }) weekEnds: string;
  @ApiProperty({ type: AwaitingQualificationDto }) awaitingQualification: AwaitingQualificationDto;
  @ApiProperty({ description: 'Cycle: returned files past their correction deadline' }) correctionsOverdue: number;
  @ApiProperty({ description: 'Cycle: files in review with fewer active reviewers than their level needs' }) incompletePanels: number;
  @ApiProperty({ description: 'Cycle: files with a review open past its deadline' }) reviewsOverdue: number;
  @ApiProperty({ description: 'Cycle: reviewed files on no undecided agenda' }) reviewedNotOnAgenda: number;
  @ApiProperty({ description: 'Cycle: meetings opened and not yet closed' }) meetingsToClose: number;
  @ApiProperty({ description: 'All cycles: open notices whose end date is this week or already passed (held by an objection)' }) noticesEndingThisWeek: number;
  @ApiProperty({ description: 'All cycles: objections confirmed and not resolved' }) openObjections: number;
  @ApiProperty({ description: 'All cycles: appeals not yet decided' }) pendingAppeals: number;
  @ApiProperty({ description: 'All cycles: failed deliveries and events never settled (the failed notifications list)' }) failedNotifications: number;

  static from(w: DashboardWaiting): DashboardWaitingDto {
    return {
      ...w,
      generatedAt: w.generatedAt.toISOString(),
      awaitingQualification: { ...w.awaitingQualification, oldestSubmittedAt: w.awaitingQualification.oldestSubmittedAt?.toISOString() ?? null },
    };
  }
}
