import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { Clock, CursorPage, maskIdentifier, PiiCipher } from '@app/common';
import { isUniqueViolation } from '@app/db';
import { IdentityError } from '../identity.errors';
import { IDENTITY_INDEX_KEY, IdentityBindingsRepository, IdentityConflictRow } from './identity-bindings.repository';
import { UserDirectory } from './user-directory';

/** Where an account stands with the identity number of a file it submits. */
export type IdentityStanding =
  /** No number bound yet, and no other account holds this one: submitting binds it. */
  | { kind: 'unbound' }
  /** The account is bound to this very number. */
  | { kind: 'bound' }
  /** The account is bound to another number (IDENTITY_MISMATCH). */
  | { kind: 'mismatch' }
  /** Another account holds this number (IDENTITY_BOUND_TO_OTHER_ACCOUNT). */
  | { kind: 'other'; holderId: string };

/** What an admin is told of an account's binding: never the number, never its index. */
export interface IdentityBindingView {
  userId: string;
  identityBound: boolean;
  identityBoundAt: Date | null;
  /** The number the admin just bound, masked (first 4 and last 4, domain.md §10); null when released. */
  documentNumberMasked: string | null;
}

/** The same number whatever its spelling: trimmed, no inner spaces, upper-case (a lower-case x check character). */
export function normaliseDocumentNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/**
 * One person, one account (domain.md §8). A person is their identity number's blind index (a
 * keyed HMAC, never the number), bound to one account at its first submission and changed
 * only by an audited admin correction. Other modules ask here; the index never leaves the
 * portal (no DTO, no log, no queue payload carries it).
 */
@Injectable()
export class PersonIdentity {
  private readonly cipher: PiiCipher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bindings: IdentityBindingsRepository,
    private readonly directory: UserDirectory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    config: AppConfig,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /** The blind index of an identity number. */
  indexOf(documentNumber: string): string {
    return this.cipher.blindIndex(normaliseDocumentNumber(documentNumber));
  }

  /** Where `userId` stands with `index` (read in the caller's transaction). */
  async standing(manager: EntityManager, userId: string, index: string): Promise<IdentityStanding> {
    const bound = await this.bindings.indexOf(userId, manager);
    if (bound) return bound === index ? { kind: 'bound' } : { kind: 'mismatch' };
    const holderId = await this.bindings.holderOf(index, manager);
    return holderId && holderId !== userId ? { kind: 'other', holderId } : { kind: 'unbound' };
  }

  /**
   * Binds `index` to the account at its first submission, in the caller's transaction. 'bound':
   * the account's index now is `index`; 'mismatch': it is bound to another (e.g. the same
   * account submitting another number at the same moment). When another account binds the
   * same index at the same moment, the loser's statement fails with a unique violation
   * (isBoundElsewhere tells it): its transaction is spoilt and the caller refuses after rollback.
   */
  async bind(manager: EntityManager, userId: string, index: string): Promise<'bound' | 'mismatch'> {
    if (await this.bindings.bind(manager, userId, index, this.clock.now())) return 'bound';
    return (await this.bindings.indexOf(userId, manager)) === index ? 'bound' : 'mismatch';
  }

  /** Whether `error` is the database refusing a second account the same number. */
  isBoundElsewhere(error: unknown): boolean {
    return isUniqueViolation(error, IDENTITY_INDEX_KEY);
  }

  /** The account `index` is bound to, if any. */
  holderOf(index: string, manager?: EntityManager): Promise<string | null> {
    return this.bindings.holderOf(index, manager);
  }

  /**
   * Until when the person is barred from applying (a revoked title, domain.md §8), if still at
   * `at`: the latest bar of `userIds` (the account submitting, the accounts that filed files
   * with the same number) and of the account the number is bound to. Read afresh.
   */
  personBarredUntil(userIds: string[], index: string | null, at: Date, manager?: EntityManager): Promise<Date | null> {
    return this.bindings.personBarredUntil([...new Set(userIds)], index, at, manager);
  }

  /**
   * Records that `refusedUserId` submitted a number bound to `boundUserId` (its own transaction:
   * the refused submission's rolled back), for the office's list, and in the audit log.
   */
  async recordConflict(boundUserId: string, refusedUserId: string, applicationId: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { id, attempts } = await this.bindings.recordConflict(manager, boundUserId, refusedUserId, applicationId, this.clock.now());
      await this.audit.record(manager, {
        actorId: refusedUserId,
        action: 'user.identity_conflict',
        entityType: 'user',
        entityId: refusedUserId,
        data: { conflictId: id, boundUserId, applicationId, attempts },
      });
    });
  }

  /** The refused submissions of numbers bound to other accounts, newest attempt first; `userId`: one account on either side. */
  conflicts(filter: { userId?: string; limit: number; cursor?: string }): Promise<CursorPage<IdentityConflictRow>> {
    return this.bindings.listConflicts(filter);
  }

  /**
   * The admin's correction (audited, with a reason): binds the account to `documentNumber`, or
   * releases it (null: the next submission binds afresh). 409 when another account holds the
   * number (release it there first); 404 when there is no such account, or it is the admin's own.
   */
  async correct(adminId: string, userId: string, input: { documentNumber: string | null; reason: string }): Promise<IdentityBindingView> {
    // Nobody handles their own file: an admin-applicant's own number (the person of their files) is another admin's to correct.
    if (adminId === userId) throw IdentityError.userNotFound();
    const index = input.documentNumber === null ? null : this.indexOf(input.documentNumber);
    const masked = input.documentNumber === null ? null : maskIdentifier(normaliseDocumentNumber(input.documentNumber));
    const at = index ? this.clock.now() : null;
    try {
      await this.dataSource.transaction(async (manager) => {
        const previous = await this.bindings.indexOf(userId, manager);
        if (index) {
          const holder = await this.bindings.holderOf(index, manager);
          if (holder && holder !== userId) throw IdentityError.identityBoundToOther('documentNumber');
        }
        if (!(await this.bindings.rebind(manager, userId, index, at))) throw IdentityError.userNotFound();
        await this.audit.record(manager, {
          actorId: adminId,
          action: 'user.identity_corrected',
          entityType: 'user',
          entityId: userId,
          // Whether a number was bound before and whether it changed; the new one masked only.
          data: { reason: input.reason, wasBound: previous !== null, changed: previous !== index, documentNumberMasked: masked },
        });
      });
    } catch (error) {
      if (this.isBoundElsewhere(error)) throw IdentityError.identityBoundToOther('documentNumber');
      throw error;
    }
    this.directory.forget(userId);
    return { userId, identityBound: index !== null, identityBoundAt: at, documentNumberMasked: masked };
  }
}
