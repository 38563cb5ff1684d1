import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EligibilityOutcome, ReviewFilesService, TitleLevel } from '@app/applications';
import { AnonymousReviewRow, PanelOutcomeRow, PanelReportService } from '@app/review';
import { CommitteeError } from '../committee.errors';
import { assertMeetingBeforeClose } from '../guards/meeting-guards';
import { CommitteesRepository } from './committees.repository';
import type { Viewer } from './committees.service';
import { MeetingsRepository } from './meetings.repository';
import { RecusalFinder } from './recusals';

/** One piece of evidence in the dossier: what it is, never where it is stored. */
export interface DossierEvidenceRow {
  id: string;
  kind: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/** What a committee member reads before voting on one agenda item. */
export interface MemberDossier {
  meetingId: string;
  applicationId: string;
  position: number;
  referenceNumber: string | null;
  applicantName: string | null;
  employerName: string | null;
  level: TitleLevel;
  specialty: string;
  /** The panel's aggregate and spread flag (null when the file has no completed review on record). */
  panel: PanelOutcomeRow | null;
  /** The submitted reviews without their reviewers. */
  reviews: AnonymousReviewRow[];
  /** The eligibility result stored at submission (null for a file submitted before it was stored). */
  eligibility: EligibilityOutcome | null;
  evidence: DossierEvidenceRow[];
}

/**
 * A member's dossier of one item of their meeting (issue 24): only members of the meeting's
 * committee, only the meeting's own files, only while it is scheduled or open (after the
 * close the minutes are the record). A member recused from the file gets the same 404 as for
 * a file not on the agenda: whoever may not vote on a file does not read its reviews either.
 */
@Injectable()
export class MemberDossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsRepository,
    private readonly committees: CommitteesRepository,
    private readonly files: ReviewFilesService,
    private readonly recusals: RecusalFinder,
    private readonly panels: PanelReportService,
  ) {}

  async dossier(meetingId: string, applicationId: string, viewer: Viewer): Promise<MemberDossier> {
    const meeting = await this.meetings.findById(meetingId);
    // Admins included: the dossier is a member's, and an admin reads a file through their own routes.
    if (!meeting || !(await this.committees.isMember(meeting.committeeId, viewer.id))) throw CommitteeError.meetingNotFound();
    assertMeetingBeforeClose(meeting);
    const item = await this.meetings.item(this.dataSource.manager, meeting.id, applicationId);
    if (!item) throw CommitteeError.dossierNotFound();
    // Before the opening the recusals are computed afresh (as the meeting view does), from the opening the recorded ones.
    const recused =
      meeting.status === 'scheduled'
        ? (await this.recusals.find([viewer.id], [applicationId])).length > 0
        : await this.meetings.isRecused(this.dataSource.manager, meeting.id, applicationId, viewer.id);
    if (recused) throw CommitteeError.dossierNotFound();

    const file = await this.files.application(applicationId);
    if (!file) throw CommitteeError.dossierNotFound();
    const [panel, evidence] = await Promise.all([this.panels.report(file.id), this.files.evidenceShownToReviewers(file.id)]);
    return {
      meetingId: meeting.id,
      applicationId: file.id,
      position: item.position,
      referenceNumber: file.referenceNumber,
      applicantName: file.applicantName,
      employerName: file.employerName,
      level: file.level,
      specialty: file.specialty,
      panel: panel.outcome,
      reviews: panel.reviews,
      eligibility: file.eligibility,
      evidence: evidence.map((a) => ({ id: a.id, kind: a.kind, originalName: a.originalName, mediaType: a.mediaType, sizeBytes: a.sizeBytes, uploadedAt: a.createdAt })),
    };
  }
}
