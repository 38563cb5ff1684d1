import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/common';
import { AuditChainVerifier } from './audit-chain.verifier';
import { AuditError } from './audit.errors';
import { AuditCheckpointStore, AuditSigningKeys } from './checkpoint-store';
import { checkCheckpoint, signCheckpoint } from './chain/checkpoint';

/**
 * Signs the audit chain's head with AUDIT_SIGNING_KEY (Ed25519, not in the database) and writes
 * the checkpoint outside the database (AuditCheckpointStore); run by the worker's
 * `audit-checkpoints` schedule. It signs only what it has checked: the chain from the newest
 * valid checkpoint on (or from the genesis) must be intact, the checkpointed entry unchanged,
 * else it signs nothing and fails (AUDIT_CHAIN_BROKEN), so a rewritten chain is never vouched for.
 */
@Injectable()
export class AuditCheckpointer {
  private readonly logger = new Logger(AuditCheckpointer.name);

  constructor(
    private readonly verifier: AuditChainVerifier,
    private readonly store: AuditCheckpointStore,
    private readonly keys: AuditSigningKeys,
    private readonly clock: Clock,
  ) {}

  /** Returns the file written, or null when there is no key or the head has not moved since the last checkpoint. */
  async checkpoint(): Promise<string | null> {
    const { privateKey, publicKey } = this.keys;
    if (!privateKey || !publicKey) {
      this.logger.warn('AUDIT_SIGNING_KEY is not set: no audit checkpoint signed');
      return null;
    }
    const files = await this.store.list();
    const last = files
      .map((f) => checkCheckpoint(f.content, publicKey))
      .reduce((newest, c) => (c && (!newest || BigInt(c.seq) > BigInt(newest.seq)) ? c : newest), null as ReturnType<typeof checkCheckpoint>);
    const walk = await this.verifier.walkFrom(last ? { seq: last.seq, hash: last.hash } : null);
    if (!walk.valid) throw AuditError.chainBroken(walk.firstBroken!);
    if (!walk.head || walk.head.seq === last?.seq) return null;
    // The chain is whole from the genesis to the head, one entry per position: its length is the head's position.
    const signed = signCheckpoint({ seq: walk.head.seq, hash: walk.head.hash, count: walk.head.seq, signedAt: this.clock.now().toISOString() }, privateKey);
    const name = await this.store.write(signed);
    this.logger.log(`Audit checkpoint signed: entry #${signed.seq} ${signed.hash} (${name})`);
    return name;
  }
}
