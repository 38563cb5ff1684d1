import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '@app/identity';
import { Application } from '../entities/application.entity';
import { EDITABLE_STATUSES } from '../domain/workflow/transitions';
import { type EvidenceKind, evidenceChangeableIn } from '../domain/evidence-rules';
import { ApplicationError } from '../applications.errors';
import { ApplicationsRepository } from './applications.repository';

export type Viewer = Pick<AuthUser, 'id' | 'roles'>;

/**
 * What the review module answers about a reviewer and a file. A port rather than an import:
 * libs/review imports libs/applications, so ReviewModule plugs its answer in at start-up
 * (ApplicationAccess.answerReviewersWith).
 */
export interface ReviewerFileAccess {
  /** Whether the reviewer holds an active (assigned, draft or submitted) assignment on the file. */
  isActivelyAssigned(reviewerId: string, applicationId: string, manager?: EntityManager): Promise<boolean>;
}

/**
 * Object-level authorization for applications, in one place so every route and
 * every later feature asks the same question. Someone who may not see a file gets
 * 404, never 403, so ids cannot be probed.
 */
@Injectable()
export class ApplicationAccess {
  // Absent where the review module is not loaded: then no reviewer sees any file.
  private reviewers: ReviewerFileAccess | null = null;

  constructor(private readonly applications: ApplicationsRepository) {}

  /** Called by ReviewModule once at start-up: who is reviewing a file is its answer. */
  answerReviewersWith(reviewers: ReviewerFileAccess): void {
    this.reviewers = reviewers;
  }

  isOwner(viewer: Pick<Viewer, 'id'>, application: Pick<Application, 'applicantId'>): boolean {
    return application.applicantId === viewer.id;
  }

  /**
   * THE rule of who handles a file (domain.md §2): an admin, never its own applicant, whatever
   * roles they hold. Every admin route that acts on or reads a file, or something hanging off
   * one (assignment, review, meeting item, objection, appeal, certificate, audit entry), asks
   * this, through handled() / handledById() for one file and ownFileIds() for lists.
   */
  isHandlingAdmin(viewer: Viewer, application: Pick<Application, 'applicantId'>): boolean {
    return viewer.roles.includes('admin') && application.applicantId !== viewer.id;
  }

  /** The file if the viewer handles it (isHandlingAdmin); 404 otherwise, also for none: their own file is as absent as an unknown one. */
  handled<T extends Pick<Application, 'applicantId'>>(viewer: Viewer, application: T | null | undefined): T {
    if (!application || !this.isHandlingAdmin(viewer, application)) throw ApplicationError.notFound();
    return application;
  }

  /** handled() for a file by id. */
  async handledById(viewer: Viewer, id: string, manager?: EntityManager): Promise<Application> {
    return this.handled(viewer, await this.applications.findById(id, manager));
  }

  /**
   * The ids of the viewer's own files (any status): what the reads of an admin leave out (lists
   * of objections, appeals, audit entries, meeting items). Empty for anyone without a file.
   */
  ownFileIds(viewer: Pick<Viewer, 'id'>, manager?: EntityManager): Promise<string[]> {
    return this.applications.idsOfApplicant(viewer.id, manager);
  }

  canView(viewer: Viewer, application: Application): boolean {
    return this.isOwner(viewer, application) || this.isHandlingAdmin(viewer, application);
  }

  /**
   * A reviewer reads a file only while it is in review and they hold an active assignment on
   * it (not declined, withdrawn or superseded); never their own. Their own review stays theirs.
   */
  async isReviewingNow(viewer: Viewer, application: Application, manager?: EntityManager): Promise<boolean> {
    if (!this.reviewers || !viewer.roles.includes('reviewer') || this.isOwner(viewer, application) || application.status !== 'in_review') return false;
    return this.reviewers.isActivelyAssigned(viewer.id, application.id, manager);
  }

  /** The application if the viewer may see it in full (owner, handling admin); 404 otherwise. Reviewers read theirs through reviewable(). */
  async viewable(viewer: Viewer, id: string, manager?: EntityManager): Promise<Application> {
    const application = await this.applications.findById(id, manager);
    if (!application || !this.canView(viewer, application)) throw ApplicationError.notFound();
    return application;
  }

  /** The application if the viewer is reviewing it now (isReviewingNow); 404 otherwise, as for any file one may not see. */
  async reviewable(viewer: Viewer, id: string, manager?: EntityManager): Promise<Application> {
    const application = await this.applications.findById(id, manager);
    if (!application || !(await this.isReviewingNow(viewer, application, manager))) throw ApplicationError.notFound();
    return application;
  }

  /**
   * A unit officer reads a file addressed to one of their units (its recommending unit), at any
   * stage; never their own. `unitIds`: the units the viewer acts for (the organisations module's
   * answer). 404 for anyone else.
   */
  async unitViewable(viewer: Viewer, id: string, unitIds: readonly string[], manager?: EntityManager): Promise<Application> {
    const application = await this.applications.findById(id, manager);
    if (!application || !application.recommendingUnitId || !unitIds.includes(application.recommendingUnitId) || this.isOwner(viewer, application)) {
      throw ApplicationError.notFound();
    }
    return application;
  }

  /**
   * The application locked for change by its owner, in an editable state. Call inside
   * the transaction that makes the change.
   */
  async lockEditable(viewer: Viewer, id: string, manager: EntityManager): Promise<Application> {
    return this.editable(viewer, await this.applications.lockById(id, manager));
  }

  /**
   * The application locked for a change of its evidence of `kind` by its owner: its own
   * evidence while editable, appeal evidence while rejected (evidenceChangeableIn); 409 otherwise.
   */
  async lockForEvidence(viewer: Viewer, id: string, kind: EvidenceKind, manager: EntityManager): Promise<Application> {
    return this.evidenceChangeable(this.owned(viewer, await this.applications.lockById(id, manager)), kind);
  }

  /** The owner's file, if its evidence of `kind` may change in its status now (409 otherwise). */
  evidenceChangeable(owned: Application, kind: EvidenceKind): Application {
    if (!evidenceChangeableIn(kind).includes(owned.status)) throw ApplicationError.notEditable(owned.status);
    return owned;
  }

  /** The owner's application, locked; 404 for anyone else. */
  async lockOwned(viewer: Viewer, id: string, manager: EntityManager): Promise<Application> {
    return this.owned(viewer, await this.applications.lockById(id, manager));
  }

  /** A file read (or locked) by the caller, if the viewer owns it; 404 otherwise (also for none). */
  owned(viewer: Viewer, application: Application | null): Application {
    if (!application || !this.isOwner(viewer, application)) throw ApplicationError.notFound();
    return application;
  }

  /** owned(), and in an editable state (409 otherwise). */
  editable(viewer: Viewer, application: Application | null): Application {
    const owned = this.owned(viewer, application);
    if (!EDITABLE_STATUSES.includes(owned.status)) throw ApplicationError.notEditable(owned.status);
    return owned;
  }
}
