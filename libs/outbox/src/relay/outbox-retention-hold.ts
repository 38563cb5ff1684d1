import type { EntityManager } from 'typeorm';

/** Provided by the consumer of the events (the notifications module), for the relay's prune. */
export const OUTBOX_RETENTION_HOLD = Symbol('OUTBOX_RETENTION_HOLD');

/** Which settled events a consumer still needs, so the prune keeps them past retention. */
export interface OutboxRetentionHold {
  /** Of these event ids, the ones still needed; runs in the prune's transaction, which holds the rows' locks. */
  heldEvents(manager: EntityManager, outboxIds: readonly string[]): Promise<string[]>;
}
