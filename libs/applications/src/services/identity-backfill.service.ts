import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppConfig } from '@app/config';
import { isUniqueViolation } from '@app/db';
import { PiiCipher } from '@app/common';
import { PersonIdentity } from '@app/identity';
import { ApplicationsRepository } from './applications.repository';

/** What one run of the backfill did (or, dry, would do). */
export interface IdentityBackfillReport {
  dryRun: boolean;
  /** Accounts with files filed before one person, one account whose files carry no index. */
  accounts: number;
  /** Accounts bound to their number now (or, dry, that would be). */
  bound: number;
  /** Accounts bound already (a later submission), whose earlier files got the index. */
  alreadyBound: number;
  /** Files given the index. */
  files: number;
  /** Another account holds the number: skipped, recorded in identity_conflicts for the office. */
  conflicts: { userId: string; boundUserId: string; applicationId: string }[];
  /** The account's files carry different numbers, or the account is bound to another one: skipped, for an admin's correction. */
  ambiguous: { userId: string; reason: 'several_numbers' | 'bound_to_other_number' }[];
}

/**
 * One person, one account for the accounts that filed before it (domain.md §8): their files
 * keep the identity number sealed, but neither the account nor the files carry its blind
 * index, so until their next submission the person's rules (one file per cycle, the
 * revocation bar) hold for the account only. The operator runs this once after the upgrade
 * (`npm run identity:backfill`, scripts/identity-backfill.ts): per account, the numbers of its
 * filed files are opened and indexed with the running key (PersonIdentity.indexOf, the same
 * HMAC as a submission's); one number, unbound elsewhere: the account is bound to it and its
 * files get the index, audited. A number bound to another account is skipped and recorded as
 * an identity conflict (the office sees both accounts); several numbers on one account are
 * skipped and reported (an admin corrects the binding). Idempotent: a second run finds nothing.
 */
@Injectable()
export class IdentityBackfillService {
  private readonly logger = new Logger(IdentityBackfillService.name);
  private readonly cipher: PiiCipher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly persons: PersonIdentity,
    private readonly audit: AuditService,
    config: AppConfig,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  async run(options: { dryRun?: boolean; batchSize?: number } = {}): Promise<IdentityBackfillReport> {
    const dryRun = options.dryRun ?? false;
    const report: IdentityBackfillReport = { dryRun, accounts: 0, bound: 0, alreadyBound: 0, files: 0, conflicts: [], ambiguous: [] };
    let after: string | null = null;
    for (;;) {
      const accounts = await this.applications.unindexedApplicants(after, options.batchSize ?? 200);
      if (!accounts.length) break;
      for (const userId of accounts) await this.backfill(userId, dryRun, report);
      after = accounts[accounts.length - 1];
    }
    this.logger.log(
      `Identity backfill${dryRun ? ' (dry run)' : ''}: ${report.accounts} accounts, ${report.bound} bound, ${report.alreadyBound} bound already, ${report.files} files indexed, ${report.conflicts.length} conflicts, ${report.ambiguous.length} skipped`,
    );
    return report;
  }

  private async backfill(userId: string, dryRun: boolean, report: IdentityBackfillReport): Promise<void> {
    report.accounts++;
    const files = await this.applications.unindexedFilesOf(userId);
    const indices = new Set(files.map((f) => this.persons.indexOf(this.cipher.open(f.documentNumberSealed))));
    if (indices.size !== 1) {
      report.ambiguous.push({ userId, reason: 'several_numbers' });
      return;
    }
    const [index] = [...indices];
    // The newest file names the conflict for the office.
    const latest = files[0].id;
    let conflictWith: string | null = null;
    try {
      await this.dataSource.transaction(async (manager) => {
        const standing = await this.persons.standing(manager, userId, index);
        if (standing.kind === 'mismatch') {
          report.ambiguous.push({ userId, reason: 'bound_to_other_number' });
          return;
        }
        if (standing.kind === 'other') {
          conflictWith = standing.holderId;
          return;
        }
        if (dryRun) {
          if (standing.kind === 'unbound') report.bound++;
          else report.alreadyBound++;
          report.files += files.length;
          return;
        }
        if (standing.kind === 'unbound' && (await this.persons.bind(manager, userId, index)) === 'mismatch') {
          report.ambiguous.push({ userId, reason: 'bound_to_other_number' });
          return;
        }
        const indexed = await this.applications.setIdentityIndex(manager, userId, files.map((f) => f.id), index);
        await this.audit.record(manager, {
          actorId: null,
          action: 'user.identity_backfilled',
          entityType: 'user',
          entityId: userId,
          // Never the number nor its index: which files, and whether the account was bound now.
          data: { boundNow: standing.kind === 'unbound', applicationIds: files.map((f) => f.id) },
        });
        if (standing.kind === 'unbound') report.bound++;
        else report.alreadyBound++;
        report.files += indexed;
      });
    } catch (error) {
      // Another account bound the number meanwhile, or holds a file of this person in the same cycle.
      if (!this.persons.isBoundElsewhere(error) && !isUniqueViolation(error, 'applications_one_per_person_per_cycle')) throw error;
      conflictWith = (await this.persons.holderOf(index)) ?? (await this.applications.applicantsOfPerson(this.dataSource.manager, index)).find((id) => id !== userId) ?? null;
      if (!conflictWith) throw error;
    }
    if (conflictWith) {
      report.conflicts.push({ userId, boundUserId: conflictWith, applicationId: latest });
      if (!dryRun) await this.persons.recordConflict(conflictWith, userId, latest);
    }
  }
}
