import { Injectable } from '@nestjs/common';
import { ApplicationFacts, ConflictReason, ConflictResult, conflictReasons, prepareApplication, prepareReviewer, RelationFacts } from '../domain/conflicts';
import { DeclaredRelation } from '../entities/declared-relation.entity';
import { ReviewerProfile } from '../entities/reviewer-profile.entity';
import { ReviewError } from '../review.errors';
import { DeclaredRelationsRepository } from './declared-relations.repository';
import { ReviewerProfilesRepository } from './reviewer-profiles.repository';

/** One reviewer-application pair that conflicts, and why. */
export interface ConflictPair {
  reviewerId: string;
  applicationId: string | undefined;
  applicantId: string;
  reasons: ConflictReason[];
}

/** A stored relation as the conflicts function reads it. */
export function toRelationFacts(r: DeclaredRelation): RelationFacts {
  return {
    id: r.id,
    kind: r.kind,
    partyType: r.partyType,
    partyUserId: r.partyUserId,
    partyName: r.partyName,
    partyEmployerName: r.partyEmployerName,
    partyEmployerCreditCode: r.partyEmployerCreditCode,
  };
}

/** Conflicts of interest between reviewers in the pool and applications, from the stored profiles and relations. */
@Injectable()
export class ConflictsService {
  constructor(
    private readonly profiles: ReviewerProfilesRepository,
    private readonly relations: DeclaredRelationsRepository,
  ) {}

  /** Whether one reviewer conflicts with one application; 404 REVIEWER_PROFILE_NOT_FOUND for a reviewer outside the pool. */
  async check(reviewerUserId: string, application: ApplicationFacts): Promise<ConflictResult> {
    const [pair] = await this.checkMany([reviewerUserId], [application], { requireProfiles: true });
    const reasons = pair?.reasons ?? [];
    return { conflict: reasons.length > 0, reasons };
  }

  /**
   * Every conflicting (reviewer, application) pair among `reviewerUserIds` x `applications`, in
   * two queries whatever their number (profiles, then relations). Reviewers without a profile
   * are checked on what is known (themselves, their relations) unless `requireProfiles`.
   */
  async checkMany(reviewerUserIds: string[], applications: ApplicationFacts[], options: { requireProfiles?: boolean } = {}): Promise<ConflictPair[]> {
    const ids = [...new Set(reviewerUserIds)];
    const [profiles, relations] = await Promise.all([this.profiles.findByUserIds(ids), this.relations.findByReviewerIds(ids)]);
    const profileOf = new Map<string, ReviewerProfile>(profiles.map((p) => [p.userId, p]));
    if (options.requireProfiles && ids.some((id) => !profileOf.has(id))) throw ReviewError.profileNotFound();
    const relationsOf = new Map<string, RelationFacts[]>();
    for (const r of relations) relationsOf.set(r.reviewerId, [...(relationsOf.get(r.reviewerId) ?? []), toRelationFacts(r)]);

    const preparedApplications = applications.map(prepareApplication);
    const pairs: ConflictPair[] = [];
    for (const id of ids) {
      const profile = profileOf.get(id);
      const reviewer = prepareReviewer({ userId: id, employerName: profile?.employerName, employerCreditCode: profile?.employerCreditCode, relations: relationsOf.get(id) ?? [] });
      for (const application of preparedApplications) {
        const reasons = conflictReasons(reviewer, application);
        if (reasons.length) pairs.push({ reviewerId: id, applicationId: application.applicationId, applicantId: application.applicantId, reasons });
      }
    }
    return pairs;
  }
}
