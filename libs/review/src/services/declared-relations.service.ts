import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { CursorPage } from '@app/common';
import { UserDirectory } from '@app/identity';
import { validateUscc } from '@app/applications';
import { PartyInput, partyProblems, RelationKind, isRelationKind } from '../domain/relations';
import { DeclaredRelation } from '../entities/declared-relation.entity';
import { ReviewError } from '../review.errors';
import { DeclaredRelationsRepository } from './declared-relations.repository';
import { Actor, requireReviewer } from './reviewer-pool.service';

export interface DeclareRelationInput extends PartyInput {
  kind: RelationKind;
  note: string;
}

/** Relations reviewers declare (or admins record for them) that exclude them from matching applications. */
@Injectable()
export class DeclaredRelationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly relations: DeclaredRelationsRepository,
    private readonly directory: UserDirectory,
    private readonly audit: AuditService,
  ) {}

  /** Record a relation for `reviewerId` (who must hold the reviewer role). The person's name is never logged nor audited. */
  async declare(reviewerId: string, input: DeclareRelationInput, actor: Actor): Promise<DeclaredRelation> {
    await requireReviewer(this.directory, reviewerId);
    const problems = partyProblems(input);
    if (!isRelationKind(input.kind)) problems.push({ path: 'kind', code: 'FIELD_IS_IN', message: 'kind is not a relation kind' });
    const note = input.note?.trim() ?? '';
    if (!note || note.length > 1000) problems.push({ path: 'note', code: 'FIELD_LENGTH', message: 'note must be 1 to 1000 characters' });
    // The columns' lengths, checked here so no database error (whose detail would quote the row) is ever raised.
    if ((input.personName?.length ?? 0) > 100) problems.push({ path: 'personName', code: 'FIELD_MAX_LENGTH', message: 'personName must be at most 100 characters' });
    if ((input.employerName?.length ?? 0) > 200) problems.push({ path: 'employerName', code: 'FIELD_MAX_LENGTH', message: 'employerName must be at most 200 characters' });
    let creditCode: string | null = null;
    if (input.partyType === 'employer' && input.employerCreditCode != null) {
      const uscc = validateUscc(input.employerCreditCode);
      if (uscc.ok) creditCode = uscc.value;
      else problems.push({ path: 'employerCreditCode', code: `USCC_${uscc.reason}`, message: 'employerCreditCode is not a valid unified social credit code' });
    }
    if (input.partyType === 'user' && input.userId && !problems.length && !(await this.directory.getAuthUser(input.userId))) {
      problems.push({ path: 'userId', code: 'PARTY_USER_NOT_FOUND', message: 'userId does not name a user' });
    }
    if (problems.length) throw ReviewError.invalid(problems);

    return this.dataSource.transaction(async (manager) => {
      const relation = await this.relations.insert(manager, {
        reviewerId,
        kind: input.kind,
        partyType: input.partyType,
        partyUserId: input.partyType === 'user' ? input.userId! : null,
        partyName: input.partyType === 'person' ? input.personName!.trim() : null,
        partyEmployerName: input.partyType === 'employer' ? input.employerName?.trim() || null : null,
        partyEmployerCreditCode: creditCode,
        note,
        recordedBy: actor.id,
      });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'reviewer.relation_declared',
        entityType: 'reviewer',
        entityId: reviewerId,
        // Which relation and of what kind: never the person's name or the note.
        data: { relationId: relation.id, kind: relation.kind, partyType: relation.partyType },
      });
      return relation;
    });
  }

  /**
   * A reviewer withdraws one of their own relations (a mistaken declaration); 404 for anyone
   * else's. Assignments already refused or declined because of it stay as they are.
   */
  async remove(reviewerId: string, id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const removed = await this.relations.deleteOwn(manager, reviewerId, id);
      if (!removed) throw ReviewError.relationNotFound();
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'reviewer.relation_removed',
        entityType: 'reviewer',
        entityId: reviewerId,
        data: { relationId: removed.id, kind: removed.kind, partyType: removed.partyType },
      });
    });
  }

  /** One reviewer's relations, newest first. */
  list(reviewerId: string, limit: number, cursor?: string): Promise<CursorPage<DeclaredRelation>> {
    return this.relations.listByReviewer(reviewerId, limit, cursor);
  }
}
