import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { Clock, CursorPage } from '@app/common';
import type { AuthUser } from '@app/identity';
import {
  Application,
  ApplicationAccess,
  ApplicationError,
  ApplicationsService,
  ApplicationWorkflow,
  Attachment,
  AttachmentsService,
  CyclesService,
  EligibilityReport,
  OpenedAttachment,
  ReviewerFileView,
  ReviewFilesService,
  TitleLevel,
} from '@app/applications';
import { aggregateTotals, draftProblems, Rubric, rubricOf, submissionProblems, totalOf } from '../domain/scoring';
import { AssignmentStatus, isActiveAssignment, Recommendation, ReviewAssignment } from '../entities/review-assignment.entity';
import { ReviewOutcome } from '../entities/review-outcome.entity';
import { ReviewError } from '../review.errors';
import { assertFileUnderReview, assertReviewOpen, assertReviewSubmitted } from '../guards/review-guards';
import { ReviewsRepository } from './reviews.repository';
import { REVIEWERS_PER_LEVEL } from '../domain/assignment';

type Caller = Pick<AuthUser, 'id' | 'roles'>;

export interface DraftReviewInput {
  /** Points per criterion key as decimal strings; merged into the saved scores (null removes a criterion's score). */
  scores?: Record<string, string | null>;
  comment?: string | null;
  recommendation?: Recommendation | null;
  /** The `updatedAt` of the copy the client edited; when given and the review has changed since, 409 STALE_VERSION. */
  updatedAt?: string;
}

/** One row of a reviewer's list: the review and which file it is about. */
export interface ReviewListItem {
  review: ReviewAssignment;
  file: { referenceNumber: string | null; level: TitleLevel; specialty: string } | null;
}

/** A reviewer's own review with the rubric it follows. */
export interface ReviewView {
  review: ReviewAssignment;
  rubric: Rubric;
}

/** An admin's view of a file's reviews: each reviewer's, and the aggregate once the review is complete. */
export interface ApplicationScores {
  applicationId: string;
  applicationStatus: string;
  reviews: ReviewAssignment[];
  outcome: ReviewOutcome | null;
}

/**
 * Reviews (domain.md §8 Expert review): a reviewer saves drafts of the review carried by their
 * assignment and submits it; the last submission of a file completes its review (complete_review)
 * with the aggregate, in the same transaction. A reviewer sees only their own reviews.
 */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviews: ReviewsRepository,
    private readonly reviewFiles: ReviewFilesService,
    private readonly access: ApplicationAccess,
    private readonly workflow: ApplicationWorkflow,
    private readonly cycles: CyclesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: ApplicationsService,
    private readonly evidence: AttachmentsService,
  ) {}

  /**
   * The caller's assignments, newest first, each with what tells its file apart in a list
   * (reference number, level, specialty: no name, nothing personal), in one query per page.
   */
  async list(caller: Caller, filter: { status?: AssignmentStatus; limit: number; cursor?: string }): Promise<CursorPage<ReviewListItem>> {
    const page = await this.reviews.listByReviewer(caller.id, filter);
    const files = new Map((await this.reviewFiles.decisionFiles(page.items.map((r) => r.applicationId))).map((f) => [f.id, f]));
    return {
      items: page.items.map((review) => {
        const f = files.get(review.applicationId);
        return { review, file: f ? { referenceNumber: f.referenceNumber, level: f.level, specialty: f.specialty } : null };
      }),
      nextCursor: page.nextCursor,
    };
  }

  /** The caller's own review with its rubric; 404 for anyone else's. */
  async get(caller: Caller, id: string): Promise<ReviewView> {
    const review = this.own(caller, await this.reviews.findById(id));
    return { review, rubric: await this.rubricFor(review) };
  }

  /**
   * The file of the caller's own review as a reviewer reads it (no contact data, birth date,
   * user id or identity number), while the review holds its slot and the file is in review;
   * 404 otherwise (the applications module checks the assignment and the file's status again).
   */
  async file(caller: Caller, id: string): Promise<ReviewerFileView & { reviewId: string }> {
    const review = await this.openToFile(caller, id);
    return { reviewId: review.id, ...(await this.files.reviewerView(caller, review.applicationId)) };
  }

  /** The evidence of the caller's review's file, without identity documents (as file()). */
  async fileEvidence(caller: Caller, id: string): Promise<Attachment[]> {
    const review = await this.openToFile(caller, id);
    return this.evidence.listForReviewer(caller, review.applicationId);
  }

  /** One evidence file of the caller's review's file (as file()); an identity document is a 404. */
  async openFileEvidence(caller: Caller, id: string, attachmentId: string): Promise<OpenedAttachment> {
    const review = await this.openToFile(caller, id);
    return this.evidence.openForReviewer(caller, review.applicationId, attachmentId);
  }

  /** The eligibility report of the caller's review's file (as file()). */
  async fileEligibility(caller: Caller, id: string): Promise<EligibilityReport> {
    const review = await this.openToFile(caller, id);
    return this.files.reviewerEligibility(caller, review.applicationId);
  }

  /** Save a draft: any subset of the criteria, each within range; the review stays open. */
  async saveDraft(caller: Caller, id: string, input: DraftReviewInput): Promise<ReviewView> {
    return this.dataSource.transaction(async (manager) => {
      const review = this.own(caller, await this.reviews.lockById(id, manager));
      assertReviewOpen(review);
      // Two tabs or devices saving one review: the later save never overwrites the earlier unseen.
      if (input.updatedAt !== undefined && review.updatedAt.toISOString() !== new Date(input.updatedAt).toISOString()) throw ReviewError.staleReview(review.updatedAt.toISOString());
      const file = await this.reviewFiles.application(review.applicationId, manager);
      assertFileUnderReview(file);
      const rubric = await this.rubricFor(review, manager);
      const merged: Record<string, string> = { ...(review.scores ?? {}) };
      for (const [key, value] of Object.entries(input.scores ?? {})) {
        if (value === null) delete merged[key];
        else merged[key] = value;
      }
      const problems = draftProblems(rubric, { scores: input.scores ? Object.fromEntries(Object.entries(input.scores).filter(([, v]) => v !== null)) : {} });
      if (problems.length) throw ReviewError.invalid(problems);
      const changes = {
        status: 'draft' as const,
        rubricVersion: rubric.version,
        scores: merged,
        total: Object.keys(merged).length ? totalOf(merged) : null,
        ...(input.comment !== undefined ? { comment: input.comment } : {}),
        ...(input.recommendation !== undefined ? { recommendation: input.recommendation } : {}),
      };
      await this.reviews.update(manager, review.id, changes);
      await this.audit.record(manager, { actorId: caller.id, action: 'review.draft_saved', entityType: 'review_assignment', entityId: review.id, data: { applicationId: file.id } });
      return { review: (await this.reviews.findById(review.id, manager))!, rubric };
    });
  }

  /**
   * Submit the review: every criterion in range, a comment and a recommendation (400 naming each
   * problem). The file is locked first, so when two reviewers submit its last two reviews at once
   * the second sees the first's submission and the file moves to `reviewed` exactly once.
   */
  async submit(caller: Caller, id: string): Promise<ReviewView> {
    const found = this.own(caller, await this.reviews.findById(id));
    return this.dataSource.transaction(async (manager) => {
      const file = await this.reviewFiles.lockApplication(found.applicationId, manager);
      const review = this.own(caller, await this.reviews.lockById(id, manager));
      assertReviewOpen(review);
      assertFileUnderReview(file);
      const rubric = await this.rubricFor(review, manager);
      const problems = submissionProblems(rubric, review);
      if (problems.length) throw ReviewError.reviewIncomplete(problems);
      const now = this.clock.now();
      await this.reviews.update(manager, review.id, { status: 'submitted', rubricVersion: rubric.version, total: totalOf(review.scores!), submittedAt: now });
      await this.audit.record(manager, { actorId: caller.id, action: 'review.submitted', entityType: 'review_assignment', entityId: review.id, data: { applicationId: file.id } });
      await this.completeIfLast(manager, file, rubric, now);
      return { review: (await this.reviews.findById(review.id, manager))!, rubric };
    });
  }

  /** An admin reopens a submitted review (the reviewer may change and submit it again) while the file is still under review. */
  async reopen(admin: Caller, id: string, reason: string): Promise<ReviewAssignment> {
    const found = await this.reviews.findById(id);
    if (!found) throw ReviewError.reviewNotFound();
    return this.dataSource.transaction(async (manager) => {
      const file = await this.reviewFiles.lockApplication(found.applicationId, manager);
      if (!file || !this.access.isHandlingAdmin(admin, file)) throw ReviewError.reviewNotFound();
      const review = await this.reviews.lockById(id, manager);
      if (!review) throw ReviewError.reviewNotFound();
      assertReviewSubmitted(review);
      assertFileUnderReview(file);
      await this.reviews.update(manager, review.id, { status: 'draft', submittedAt: null, statusNote: reason });
      await this.audit.record(manager, { actorId: admin.id, action: 'review.reopened', entityType: 'review_assignment', entityId: review.id, data: { applicationId: file.id, reason } });
      return (await this.reviews.findById(review.id, manager))!;
    });
  }

  /** Every review of a file with its scores, and the aggregate once complete (handling admins only; 404 otherwise). */
  async scoresOf(admin: Caller, applicationId: string): Promise<ApplicationScores> {
    const file = await this.access.handledById(admin, applicationId);
    const [reviews, outcome] = await Promise.all([this.reviews.activeOfApplication(file.id), this.reviews.findOutcome(file.id)]);
    return { applicationId: file.id, applicationStatus: file.status, reviews, outcome };
  }

  /**
   * Under the file's lock: when the file has its full panel (REVIEWERS_PER_LEVEL) and every
   * active review is submitted, complete the file's review with its aggregate. A slot left
   * open by a decline or a withdrawal keeps the file in review until it is filled and scored.
   */
  private async completeIfLast(manager: EntityManager, file: Application, rubric: Rubric, now: Date): Promise<void> {
    const active = await this.reviews.activeOfApplication(file.id, manager);
    if (active.length < REVIEWERS_PER_LEVEL[file.level] || active.some((r) => r.status !== 'submitted')) return;
    const result = aggregateTotals(active.map((r) => r.total!));
    await this.workflow.takeIn(manager, {
      action: 'complete_review',
      applicationId: file.id,
      caller: { kind: 'system', userId: null },
      authorize: () => undefined,
      rule: async (_file, m) => {
        await this.reviews.upsertOutcome(m, {
          applicationId: file.id,
          aggregate: result.aggregate,
          spread: result.spread,
          spreadFlag: result.spreadFlag,
          reviewCount: active.length,
          rubricVersion: rubric.version,
          computedAt: now,
        });
        // No reviewer, score or aggregate in the history: the applicant reads it. The aggregate
        // is copied onto the file (through the applications module's workflow, which owns that
        // table) so the admin list can sort by it.
        return { changes: { reviewScore: result.aggregate } };
      },
    });
  }

  /**
   * The rubric the review follows: the version it pinned, else its cycle's (null: the default);
   * the cycle's own rubric when the cycle has one of that version, else the built-in one.
   */
  private async rubricFor(review: ReviewAssignment, manager?: EntityManager): Promise<Rubric> {
    const cycle = await this.cycles.get(review.cycleId, manager);
    const version = review.rubricVersion ?? cycle.rubricVersion;
    const rubric = cycle.rubric && cycle.rubric.version === version ? cycle.rubric : rubricOf(version);
    if (!rubric) throw ReviewError.rubricUnknown(version ?? '');
    return rubric;
  }

  /** The caller's own review (REVIEW_NOT_FOUND otherwise) while it holds its slot: not declined, withdrawn or superseded (APPLICATION_NOT_FOUND). */
  private async openToFile(caller: Caller, id: string): Promise<ReviewAssignment> {
    const review = this.own(caller, await this.reviews.findById(id));
    if (!isActiveAssignment(review.status)) throw ApplicationError.notFound();
    return review;
  }

  private own(caller: Caller, review: ReviewAssignment | null): ReviewAssignment {
    if (!review || review.reviewerId !== caller.id) throw ReviewError.reviewNotFound();
    return review;
  }
}
