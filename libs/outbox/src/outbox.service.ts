import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { PiiCipher } from '@app/common';
import { EventPayloads, EventType } from './event-payloads';
import { OutboxEvent, OutboxRecipient } from './outbox-event.entity';
import { EventForRetry, OutboxRepository, OutboxStats, UnsettledEventRow } from './outbox.repository';

export const OUTBOX_CHANNEL = 'outbox_events';

/** An event of type T, with exactly the payload that type needs (see EventPayloads). */
export interface EmitEvent<T extends EventType> {
  type: T;
  recipients: OutboxRecipient[];
  payload: EventPayloads[T];
  /**
   * A one-time secret (e.g. a token) the message must include; stored sealed, never queued.
   * The account types' links need it (their payload has `linkBase`); the dispatcher refuses
   * such an event without one.
   */
  secret?: string;
  /** Emit at most once per key: a second emit with the same key is a no-op that returns null. */
  dedupeKey?: string;
}

/** Events per emitMany statement: bounds the size of one parameter. */
const EMIT_MANY_BATCH = 5000;

/**
 * The one small API domain services call to promise a notification. It must be
 * called with the EntityManager of the transaction that makes the change, so the
 * event exists if and only if the change committed.
 */
@Injectable()
export class OutboxService {
  private readonly cipher: PiiCipher;

  constructor(
    config: AppConfig,
    private readonly events: OutboxRepository,
  ) {
    this.cipher = new PiiCipher(config.PII_ENCRYPTION_KEY);
  }

  /** Write the event in the caller's transaction; its id, or null when its dedupe key was used before. */
  async emit<T extends EventType>(manager: EntityManager, event: EmitEvent<T>): Promise<string | null> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxService.emit must run inside the transaction of the change');
    return this.events.insert(
      manager,
      {
        type: event.type,
        recipients: JSON.stringify(event.recipients),
        payload: JSON.stringify(event.payload),
        sealedSecret: event.secret ? this.cipher.seal(event.secret) : null,
        dedupeKey: event.dedupeKey ?? null,
      },
      OUTBOX_CHANNEL,
    );
  }

  /** emit() for many events (none with a secret) in as few statements as possible; returns how many were new. */
  async emitMany<T extends EventType>(manager: EntityManager, events: readonly Omit<EmitEvent<T>, 'secret'>[]): Promise<number> {
    if (!manager.queryRunner?.isTransactionActive) throw new Error('OutboxService.emitMany must run inside the transaction of the change');
    let inserted = 0;
    for (let i = 0; i < events.length; i += EMIT_MANY_BATCH) {
      const rows = events.slice(i, i + EMIT_MANY_BATCH).map((e) => ({ type: e.type, recipients: e.recipients, payload: e.payload, dedupe_key: e.dedupeKey ?? null }));
      inserted += await this.events.insertMany(manager, JSON.stringify(rows), OUTBOX_CHANNEL);
    }
    return inserted;
  }

  openSecret(sealed: string): string {
    return this.cipher.open(sealed);
  }

  // What the consumer of the events (notifications) asks of them.

  /** The events with these ids, oldest first. */
  findEvents(ids: readonly string[]): Promise<OutboxEvent[]> {
    return this.events.findByIds(ids);
  }

  /** A delivery job is done with these events: nothing of theirs is left to retry; their one-time secrets are wiped. */
  settle(manager: EntityManager, ids: readonly string[]): Promise<void> {
    return this.events.settle(manager, ids);
  }

  /** The event with this UUID, locked until the caller's transaction ends; `failed` when unsettled longer than `unsettledAfterMinutes`. */
  lockForRetry(manager: EntityManager, uuid: string, unsettledAfterMinutes: number): Promise<EventForRetry | null> {
    return this.events.lockForRetry(manager, uuid, unsettledAfterMinutes);
  }

  /** An admin retry handed the event to the queue again. */
  markRedispatched(manager: EntityManager, id: string): Promise<void> {
    return this.events.markDispatched(manager, [id]);
  }

  /** Whether the event exists, and whether the one-time secret its message needs has been wiped. */
  secretState(manager: EntityManager, id: string): Promise<{ exists: boolean; secretGone: boolean }> {
    return this.events.secretState(manager, id);
  }

  /** Events still unsettled `minutes` after they were handed to the queue, most recent first. */
  listUnsettled(minutes: number, limit: number, after?: { at: string; uuid: string }): Promise<UnsettledEventRow[]> {
    return this.events.listUnsettled(minutes, limit, after);
  }

  /** Backlog, its age, and events unsettled longer than `unsettledAfterMinutes` (for the metrics). */
  stats(unsettledAfterMinutes: number): Promise<OutboxStats> {
    return this.events.stats(unsettledAfterMinutes);
  }
}
