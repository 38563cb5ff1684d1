import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionFileRow, ReviewFilesService } from '@app/applications';
import { ConflictsService } from '@app/review';
import { RecusalRow } from './meetings.repository';

/**
 * Who may not vote on which agenda item: the review module's conflict rules (same employer,
 * declared relations, the member is the applicant) between each member and each file.
 */
@Injectable()
export class RecusalFinder {
  constructor(
    private readonly conflicts: ConflictsService,
    private readonly files: ReviewFilesService,
  ) {}

  /** Every conflicting (member, item) pair, with the conflict codes; two queries whatever the sizes. */
  async find(memberIds: readonly string[], applicationIds: readonly string[], manager?: EntityManager): Promise<RecusalRow[]> {
    const files: DecisionFileRow[] = await this.files.decisionFiles(applicationIds, manager);
    const pairs = await this.conflicts.checkMany(
      [...memberIds],
      files.map((f) => ({
        applicationId: f.id,
        applicantId: f.applicantId,
        applicantName: f.applicantName,
        employerName: f.employerName,
        employerCreditCode: f.employerCreditCode,
      })),
    );
    return pairs.map((p) => ({ applicationId: p.applicationId!, memberId: p.reviewerId, reasons: [...new Set(p.reasons.map((r) => r.code))] }));
  }
}
