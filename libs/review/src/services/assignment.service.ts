import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { ApplicationAccess, ApplicationError, Cycle, CyclesService, ReviewFileRow, ReviewFilesService, Viewer } from '@app/applications';
import { endOfShanghaiDay, Role } from '@app/common';
import { UserDirectory } from '@app/identity';
import { OutboxService } from '@app/outbox';
import { ApplicationFacts, conflictReasons, prepareApplication, prepareReviewer, PreparedReviewer, RelationFacts } from '../domain/conflicts';
import { AssignmentPlanner, ASSIGNMENT_REFUSALS, mayReviewLevel, PlanApplication, planningOrder, PlanReviewer, REVIEWERS_PER_LEVEL, Shortfall } from '../domain/assignment';
import { DeclineReason, isActiveAssignment } from '../entities/review-assignment.entity';
import { DeclaredRelation } from '../entities/declared-relation.entity';
import { ReviewError } from '../review.errors';
import { assertReviewOpen } from '../guards/review-guards';
import { AssignmentsRepository, PoolRow } from './assignments.repository';
import { DeclaredRelationsRepository } from './declared-relations.repository';
import { toRelationFacts } from './conflicts.service';
import type { Actor, RunRequester } from './reviewer-pool.service';

/** Files read per query, and assignments written (and events emitted) per statement batch. */
const PAGE = 20000;
const INSERT_BATCH = 10000;

export interface AssignedReviewer {
  id: string;
  applicationId: string;
  reviewerId: string;
  status: string;
}

export interface AutoAssignSummary {
  cycleId: string;
  /** in_review files looked at, and how many of them lacked reviewers before the run. */
  files: number;
  filesLacking: number;
  /** Assignments made by this run. */
  assigned: number;
  /** Files left short of their number of reviewers, each with the reason. */
  shortfalls: Shortfall[];
}

export interface DeclineInput {
  reason: DeclineReason;
  note?: string | null;
}

/** The count pass of automatic assignment: files looked at, and those lacking reviewers with their needs. */
interface LackingFiles {
  fileCount: number;
  ids: string[];
  needs: number[];
  /** Positions in `ids` of the files with assignment rows already (any status). */
  withRows: Set<number>;
}

/** An admin acting on one file: who (with their roles, for the access check) and from where. */
export type AdminActor = Actor & Pick<Viewer, 'roles'>;

const factsOf = (file: ReviewFileRow): ApplicationFacts => ({
  applicationId: file.id,
  applicantId: file.applicantId,
  applicantName: file.applicantName,
  employerName: file.employerName,
  employerCreditCode: file.employerCreditCode,
});

/** The review deadline as the assignment message states it, in each language. */
const reviewDeadlineText = (cycle: Cycle) =>
  cycle.reviewDeadline
    ? { 'reviewDeadline@zh-CN': cycle.reviewDeadline, 'reviewDeadline@en': cycle.reviewDeadline }
    : { 'reviewDeadline@zh-CN': '评审截止日期（另行通知）', 'reviewDeadline@en': 'the review deadline (to be announced)' };

/** The first references a digest names; the rest are counted (a run can give one reviewer hundreds). */
export const DIGEST_REFERENCES_NAMED = 20;

/** What one automatic run gave a reviewer: how many files, and the references of the first ones (all a digest names). */
export interface DigestTally {
  count: number;
  named: string[];
}

/** A reviewer's `review.assigned_digest` for one automatic run: how many files, the first references, the deadline. */
export function assignedDigest(cycle: Cycle, reviewerId: string, tally: DigestTally) {
  const more = tally.count - tally.named.length;
  return {
    type: 'review.assigned_digest' as const,
    recipients: [{ userId: reviewerId }],
    payload: {
      assignedCount: tally.count,
      'references@zh-CN': tally.named.join('、') + (more > 0 ? `，另有${more}份` : ''),
      'references@en': tally.named.join(', ') + (more > 0 ? ` and ${more} more` : ''),
      ...reviewDeadlineText(cycle),
      'cycleName@zh-CN': cycle.nameZh,
      'cycleName@en': cycle.nameEn,
    },
  };
}

/** Count a file given to a reviewer, keeping its reference only while the digest still names files. */
export function tallyAssigned(tallies: Map<string, DigestTally>, reviewerId: string, reference: string): void {
  let tally = tallies.get(reviewerId);
  if (!tally) tallies.set(reviewerId, (tally = { count: 0, named: [] }));
  tally.count++;
  if (tally.named.length < DIGEST_REFERENCES_NAMED) tally.named.push(reference);
}

/** The review deadline as a moment: the end of that day in Asia/Shanghai. */
const dueAtOf = (cycle: Cycle): Date | null => (cycle.reviewDeadline ? endOfShanghaiDay(cycle.reviewDeadline) : null);

/**
 * Assigning reviewers to files in expert review (domain.md §8): by an admin, or for a whole
 * cycle at once; a reviewer declining; an admin withdrawing. Every assignment of a cycle runs
 * under one transaction-scoped advisory lock per cycle, so loads read are loads written.
 */
@Injectable()
export class AssignmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsRepository,
    private readonly relations: DeclaredRelationsRepository,
    private readonly files: ReviewFilesService,
    private readonly cycles: CyclesService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly users: UserDirectory,
    private readonly access: ApplicationAccess,
  ) {}

  /** Assign `reviewerIds` to a file in review, all or none: 422 ASSIGNMENT_REFUSED names every refused reviewer and why. */
  async assign(applicationId: string, reviewerIds: string[], actor: AdminActor): Promise<AssignedReviewer[]> {
    // Never on the admin's own file (404, as for an unknown one).
    const existing = await this.access.handledById(actor, applicationId);
    const cycle = await this.cycles.get(existing.cycleId);
    return this.dataSource.transaction(async (manager) => {
      await this.assignments.lockCycle(manager, cycle.id);
      const locked = await this.files.lockApplication(applicationId, manager);
      if (!locked) throw ApplicationError.notFound();
      if (locked.status !== 'in_review') throw ReviewError.fileNotInReview(locked.status);
      const file = (await this.files.file(applicationId, manager))!;
      const ids = [...new Set(reviewerIds)];
      // One after another: a transaction's connection runs one query at a time.
      const accounts = await this.users.activeWithRole(ids, Role.Reviewer, manager);
      const pool = await this.assignments.poolByIds(manager, ids);
      const relations = await this.relations.findByReviewerIds(ids, manager);
      const onFile = await this.assignments.fileAssignments(manager, applicationId);
      const loads = await this.assignments.loads(manager, cycle.id, ids);
      const profileOf = new Map(pool.map((p) => [p.userId, p]));
      const preparedOf = this.prepareReviewers(pool, relations);
      const activeOnFile = new Set(onFile.filter((a) => isActiveAssignment(a.status)).map((a) => a.reviewerId));
      const facts = prepareApplication(factsOf(file));

      const refusals: { path: string; reviewerId: string; code: string; message: string; conflicts?: string[] }[] = [];
      const seen = new Set<string>();
      reviewerIds.forEach((reviewerId, i) => {
        const refuse = (code: string, message: string, conflicts?: string[]) => refusals.push({ path: `reviewerIds[${i}]`, reviewerId, code, message, ...(conflicts ? { conflicts } : {}) });
        const profile = profileOf.get(reviewerId);
        if (seen.has(reviewerId) || activeOnFile.has(reviewerId)) return refuse(ASSIGNMENT_REFUSALS.duplicate, 'The reviewer is already assigned to this file');
        seen.add(reviewerId);
        if (!profile) return refuse(ASSIGNMENT_REFUSALS.notInPool, 'The user has no profile in the expert pool');
        // A profile counts only while its account is active and still holds the reviewer role.
        if (!profile.active || !accounts.has(reviewerId)) return refuse(ASSIGNMENT_REFUSALS.inactive, 'The reviewer is inactive in the expert pool, disabled or no longer a reviewer');
        if (!profile.specialties.includes(file.specialty)) return refuse(ASSIGNMENT_REFUSALS.specialty, `The reviewer does not cover the specialty ${file.specialty}`);
        if (!mayReviewLevel(profile.maxLevel, file.level)) return refuse(ASSIGNMENT_REFUSALS.level, `The reviewer may review up to ${profile.maxLevel}, the file is ${file.level}`);
        const reasons = conflictReasons(preparedOf.get(reviewerId)!, facts);
        if (reasons.length) return refuse(ASSIGNMENT_REFUSALS.conflict, 'The reviewer has a conflict of interest with this file', [...new Set(reasons.map((r) => r.code))]);
        if ((loads.get(reviewerId) ?? 0) >= profile.maxLoadPerCycle) return refuse(ASSIGNMENT_REFUSALS.atCapacity, `The reviewer holds ${profile.maxLoadPerCycle} assignments in this cycle, their cap`);
      });
      if (refusals.length) throw ReviewError.assignmentRefused(refusals);

      const inserted = await this.insertAndNotify(manager, cycle, [file], ids.map(() => 0), ids, actor.id);
      for (const row of inserted) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'review.assigned',
          entityType: 'application',
          entityId: applicationId,
          data: { assignmentId: row.id, reviewerId: row.reviewerId },
        });
      }
      return inserted.map((r) => ({ ...r, status: 'assigned' }));
    });
  }

  /**
   * Staff every in_review file of the cycle up to its number of reviewers (REVIEWERS_PER_LEVEL),
   * balancing load under each reviewer's cap. Only missing slots are filled, so a second run
   * adds nothing; two runs at once are serialized on the cycle. Each reviewer given files is
   * told once, by a digest of the run.
   */
  async autoAssign(cycleId: string, actor: RunRequester): Promise<AutoAssignSummary> {
    const cycle = await this.cycles.get(cycleId);
    return this.dataSource.transaction(async (manager) => {
      await this.assignments.lockCycle(manager, cycle.id);
      const reviewers = await this.planReviewers(manager, cycle);
      const lacking = await this.lackingFiles(manager, cycle, actor);
      const { assigned, shortfalls, tallies } = await this.planAndInsert(manager, cycle, reviewers, lacking);
      // One message per reviewer for the whole run, in the run's transaction (never lost, never per assignment).
      await this.outbox.emitMany(manager, [...tallies].map(([reviewerId, tally]) => assignedDigest(cycle, reviewerId, tally)));
      const summary: AutoAssignSummary = { cycleId: cycle.id, files: lacking.fileCount, filesLacking: lacking.ids.length, assigned, shortfalls };
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'review.auto_assigned',
        entityType: 'cycle',
        entityId: cycle.id,
        data: { files: summary.files, filesLacking: summary.filesLacking, assigned, shortfalls: shortfalls.length, reviewers: reviewers.length },
        ip: actor.ip,
      });
      return summary;
    });
  }

  /** The active pool as the planner takes it: each reviewer's reach, cap, load so far in the cycle and conflicts. */
  private async planReviewers(manager: EntityManager, cycle: Cycle): Promise<PlanReviewer[]> {
    const profiles = await this.assignments.activePool(manager);
    // A profile counts only while its account is active and still holds the reviewer role.
    const accounts = await this.users.activeWithRole(profiles.map((p) => p.userId), Role.Reviewer, manager);
    const pool = profiles.filter((p) => accounts.has(p.userId));
    const relations = await this.relations.findByReviewerIds(pool.map((p) => p.userId), manager);
    const preparedOf = this.prepareReviewers(pool, relations);
    // The loads as one aggregate, and each page's rows later: never the cycle's millions of rows at once.
    const loadOf = await this.assignments.loads(manager, cycle.id, pool.map((p) => p.userId));
    // Sorted by id (the query's order): the tie-break between equally loaded reviewers.
    return pool.map((p) => ({
      id: p.userId,
      specialties: p.specialties,
      maxLevel: p.maxLevel,
      cap: p.maxLoadPerCycle,
      load: loadOf.get(p.userId) ?? 0,
      prepared: preparedOf.get(p.userId)!,
    }));
  }

  /** Which in_review files lack reviewers and how many: their ids and needs only, read a page at a time. */
  private async lackingFiles(manager: EntityManager, cycle: Cycle, actor: RunRequester): Promise<LackingFiles> {
    const lacking: LackingFiles = { fileCount: 0, ids: [], needs: [], withRows: new Set() };
    for (let after: string | null = null; ; ) {
      const page = await this.files.inReviewPage(cycle.id, after, PAGE, manager);
      const onFiles = await this.assignments.onFiles(manager, page.map((file) => file.id));
      for (const file of page) {
        // The requesting admin's own file is left to another admin's run (nobody handles their own).
        if (this.access.isOwner(actor, file)) continue;
        lacking.fileCount++;
        const need = (REVIEWERS_PER_LEVEL[file.level] ?? 3) - (onFiles.get(file.id)?.active ?? 0);
        if (need <= 0) continue;
        if (onFiles.has(file.id)) lacking.withRows.add(lacking.ids.length);
        lacking.ids.push(file.id);
        lacking.needs.push(need);
      }
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
    }
    return lacking;
  }

  /**
   * The lacking files planned and inserted a page at a time in planning order: the loads carry
   * over, so the plan is the one-piece plan, and the worker holds one page's files, not the
   * cycle's (1.86 GB at a million files in one piece).
   */
  private async planAndInsert(manager: EntityManager, cycle: Cycle, reviewers: PlanReviewer[], lacking: LackingFiles) {
    const planner = new AssignmentPlanner(reviewers);
    const order = planningOrder(lacking.needs);
    const shortfalls: Shortfall[] = [];
    const tallies = new Map<string, DigestTally>();
    const none = new Set<string>();
    let assigned = 0;
    for (let start = 0; start < order.length; start += PAGE) {
      const positions = order.slice(start, start + PAGE);
      const rows = new Map((await this.files.inReviewByIds(positions.map((i) => lacking.ids[i]), manager)).map((file) => [file.id, file]));
      // Rows again only for the files that had some at the count (a first run reads none).
      const onFiles = await this.assignments.onFiles(manager, positions.filter((i) => lacking.withRows.has(i)).map((i) => lacking.ids[i]));
      const batch: PlanApplication[] = [];
      const files: ReviewFileRow[] = [];
      for (const i of positions) {
        const file = rows.get(lacking.ids[i]);
        if (!file) continue; // left review since the count
        batch.push({ id: file.id, level: file.level, specialty: file.specialty, need: lacking.needs[i], taken: onFiles.get(file.id)?.reviewerIds ?? none, prepared: prepareApplication(factsOf(file)) });
        files.push(file);
      }
      const plan = planner.plan(batch);
      shortfalls.push(...plan.shortfalls);
      for (let at = 0; at < plan.pairs.length; at += INSERT_BATCH) {
        const pairs = plan.pairs.slice(at, at + INSERT_BATCH);
        const reviewerIds = pairs.map((p) => reviewers[p.reviewerIndex].id);
        await this.insert(manager, cycle, pairs.map((p) => files[p.applicationIndex].id), reviewerIds, null);
        pairs.forEach((p, k) => tallyAssigned(tallies, reviewerIds[k], files[p.applicationIndex].referenceNumber ?? ''));
        assigned += pairs.length;
      }
    }
    return { assigned, shortfalls, tallies };
  }

  /** Withdraw an assignment (admin): its slot opens again. Not once the review is submitted (409). */
  async withdraw(applicationId: string, assignmentId: string, actor: AdminActor, note: string | null = null): Promise<void> {
    // Never on the admin's own file (404, as for an unknown one).
    await this.access.handledById(actor, applicationId);
    await this.dataSource.transaction(async (manager) => {
      const row = await this.assignments.lock(manager, assignmentId);
      if (!row || row.applicationId !== applicationId) throw ReviewError.assignmentNotFound();
      assertReviewOpen(row);
      await this.assignments.setStatus(manager, row.id, 'withdrawn', null, note);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'review.assignment_withdrawn',
        entityType: 'application',
        entityId: applicationId,
        data: { assignmentId: row.id, reviewerId: row.reviewerId, from: row.status },
      });
    });
  }

  /**
   * The assigned reviewer declines (404 for anyone else): the slot opens again. A declined
   * conflict is kept as a declared relation naming the applicant, so no later run picks the
   * reviewer for that applicant's files.
   */
  async decline(reviewer: Actor, assignmentId: string, input: DeclineInput): Promise<{ relationId: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.assignments.lock(manager, assignmentId);
      if (!row || row.reviewerId !== reviewer.id) throw ReviewError.assignmentNotFound();
      assertReviewOpen(row);
      const note = input.note?.trim() || null;
      await this.assignments.setStatus(manager, row.id, 'declined', input.reason, note);
      let relationId: string | null = null;
      if (input.reason === 'conflict') {
        const file = (await this.files.file(row.applicationId, manager))!;
        const relation = await this.relations.insert(manager, {
          reviewerId: reviewer.id,
          kind: 'other',
          partyType: 'user',
          partyUserId: file.applicantId,
          partyName: null,
          partyEmployerName: null,
          partyEmployerCreditCode: null,
          note: note ?? 'Conflict of interest declared when declining a review assignment',
          recordedBy: reviewer.id,
        });
        relationId = relation.id;
      }
      await this.audit.record(manager, {
        actorId: reviewer.id,
        action: 'review.assignment_declined',
        entityType: 'application',
        entityId: row.applicationId,
        // Never the note: it may name people.
        data: { assignmentId: row.id, reason: input.reason, relationId },
      });
      return { relationId };
    });
  }

  private prepareReviewers(pool: PoolRow[], relations: DeclaredRelation[]): Map<string, PreparedReviewer> {
    const relationsOf = new Map<string, RelationFacts[]>();
    for (const r of relations) {
      let list = relationsOf.get(r.reviewerId);
      if (!list) relationsOf.set(r.reviewerId, (list = []));
      list.push(toRelationFacts(r));
    }
    return new Map(
      pool.map((p) => [p.userId, prepareReviewer({ userId: p.userId, employerName: p.employerName, employerCreditCode: p.employerCreditCode, relations: relationsOf.get(p.userId) ?? [] })]),
    );
  }

  /** Insert (applicationIds[i], reviewerIds[i]) in one statement, in that order. */
  private insert(manager: EntityManager, cycle: Cycle, applicationIds: string[], reviewerIds: string[], assignedBy: string | null) {
    return this.assignments.insertMany(manager, {
      applicationIds,
      reviewerIds,
      cycleId: cycle.id,
      assignedBy,
      dueAt: dueAtOf(cycle),
      rubricVersion: cycle.rubricVersion,
    });
  }

  /** insert(), and promise each reviewer a `review.assigned` message (an admin's assignment: one file at a time). */
  private async insertAndNotify(manager: EntityManager, cycle: Cycle, files: ReviewFileRow[], fileIndexes: number[], reviewerIds: string[], assignedBy: string | null) {
    const inserted = await this.insert(manager, cycle, fileIndexes.map((i) => files[i].id), reviewerIds, assignedBy);
    const fileOf = new Map(fileIndexes.map((i) => [files[i].id, files[i]]));
    await this.outbox.emitMany(
      manager,
      inserted.map((row) => {
        const file = fileOf.get(row.applicationId)!;
        return {
          type: 'review.assigned' as const,
          recipients: [{ userId: row.reviewerId }],
          payload: {
            assignmentId: row.id,
            referenceNumber: file.referenceNumber ?? '',
            level: file.level,
            specialty: file.specialty,
            ...reviewDeadlineText(cycle),
            'cycleName@zh-CN': cycle.nameZh,
            'cycleName@en': cycle.nameEn,
          },
        };
      }),
    );
    return inserted;
  }
}
