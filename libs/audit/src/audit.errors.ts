import { HttpStatus } from '@nestjs/common';
import { AppError } from '@app/common';

/** Errors raised by the audit library; codes are stable. */
export class AuditError extends AppError {
  /** The worker refuses to sign a head it cannot vouch for: the chain is broken since the last checkpoint. */
  static chainBroken(detail: { id: string; seq: string | null; problem: string }) {
    return new AuditError('AUDIT_CHAIN_BROKEN', `The audit chain is broken at entry ${detail.id} (position ${detail.seq ?? 'none'}, ${detail.problem}); no checkpoint signed`, HttpStatus.CONFLICT, detail);
  }
}
