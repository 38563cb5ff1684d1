import { AppealError } from '../appeals.errors';
import type { AppealOutcome, AppealStatus } from '../entities/appeal.entity';

/** An appeal is decided once (open -> decided): a second decision is 409 APPEAL_ALREADY_DECIDED, naming the first outcome. */
export function assertAppealOpen(appeal: { status: AppealStatus; outcome: AppealOutcome | null }): void {
  if (appeal.status !== 'open') throw AppealError.alreadyDecided(appeal.outcome);
}
