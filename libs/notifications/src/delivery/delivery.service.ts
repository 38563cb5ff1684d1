import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { Clock } from '@app/common';
import { withSessionLocks } from '@app/db';
import { OutboxEvent, OutboxRecipient, OutboxRetentionHold, OutboxService } from '@app/outbox';
import { Contact, UserDirectory } from '@app/identity';
import { buildLinkPath, isNotificationType, NOTIFICATION_TYPES, NotificationTypeDefinition } from '../catalogue';
import { RenderedTemplate, renderTemplate } from '../templates';
import { PreferencesRepository } from '../inbox/preferences.repository';
import { DeliveriesRepository, EmailRecord, EmailRecordKey, InboxWrite } from './deliveries.repository';
import { MailTransport, PermanentMailError } from './mail-transport';
import { resolveLocalizedVars } from './localized-vars';

type Vars = Record<string, string | number | null>;

interface ResolvedRecipient {
  key: string;
  userId: string | null;
  email: string;
  /**
   * Null unless the address is verified (an account's confirmed e-mail, or a plain address its
   * emitter marks verified). A name typed together with an unverified address is the typist's
   * text, not the reader's name: it never goes into the greeting or the To header.
   */
  name: string | null;
  locale: 'zh-CN' | 'en';
}

/** One (event, recipient) with its messages, rendered once for both channels. */
interface Addressee {
  event: OutboxEvent;
  def: NotificationTypeDefinition;
  recipient: ResolvedRecipient;
  rendered: RenderedTemplate;
  link: string | null;
}

export interface DeliveryAttempt {
  /** 1-based attempt number of the job, and how many it gets in all. */
  attempt: number;
  maxAttempts: number;
}

/**
 * Events that can never be delivered however often the job is retried (an unknown type,
 * a payload its template cannot be rendered from). The rest of their batch is delivered
 * first; the job then fails for good so the events show among the failed jobs.
 */
export class UndeliverableEventError extends Error {}

/** A transient failure; the job is retried, and what already succeeded is not repeated. */
export class DeliveryIncompleteError extends Error {}

/** Session-lock namespace: one lock per outbox event while its messages go out. */
const DELIVERY_LOCK = 'notification-delivery';

/**
 * Delivers a batch of outbox events to each recipient on each channel of its type.
 *
 * Every (event, recipient, channel) is recorded under a unique key, so however often a
 * job runs, each inbox row is written once and each e-mail sent once. The batch costs a
 * handful of statements plus one per e-mail (it used to be about a dozen per event):
 *  - events, contacts and opt-outs are read with one query each;
 *  - the events are locked with session-level advisory locks on one connection, so a
 *    concurrent duplicate job (a relay re-dispatch, a stalled job run twice, an admin
 *    retry) waits and then finds the work done;
 *  - all inbox messages and their records are one statement;
 *  - the e-mail records are created 'pending' in one statement; each e-mail's outcome
 *    is committed by its own statement right after the SMTP server answers, so a crash
 *    can repeat at most a message whose acceptance had not been recorded yet (one per
 *    send in flight; the repeat carries the same Message-ID);
 *  - the events the job is done with are marked settled in one statement. An event left
 *    unsettled (its job failed for good first) is listed among the failed notifications.
 */
@Injectable()
export class DeliveryService implements OutboxRetentionHold {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
    private readonly mail: MailTransport,
    private readonly outbox: OutboxService,
    private readonly deliveries: DeliveriesRepository,
    private readonly preferences: PreferencesRepository,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** For the outbox's prune: an event with a delivery still pending or failed (an admin may retry it) is kept. */
  heldEvents(manager: EntityManager, outboxIds: readonly string[]): Promise<string[]> {
    return this.deliveries.eventsWithOpenDeliveries(manager, outboxIds);
  }

  async deliver(outboxIds: readonly string[], attempt: DeliveryAttempt): Promise<{ delivered: number; skipped: number }> {
    const ids = [...new Set(outboxIds)];
    // Read before taking a connection for the locks (see withSessionLocks): nothing read
    // here can go stale in a way that matters, because the records decide what is sent.
    const events = await this.outbox.findEvents(ids);
    const undeliverable = new Map<string, string>();
    for (const e of events) if (!isNotificationType(e.type)) undeliverable.set(e.id, `unknown type "${e.type}"`);
    // One event that cannot be rendered must not hold back the rest of its batch.
    const addressees = await this.addressees(events.filter((e) => !undeliverable.has(e.id)), undeliverable);
    const known = events.filter((e) => !undeliverable.has(e.id));
    const optedOut = await this.preferences.emailOptOuts(
      addressees.filter((a) => !a.def.essential && a.recipient.userId && a.def.channels.includes('email')).map((a) => ({ userId: a.recipient.userId!, type: a.event.type })),
    );

    const outcome = await withSessionLocks(this.dataSource, DELIVERY_LOCK, known.map((e) => e.id), async (manager) => {
      const inbox = await this.deliverInbox(manager, addressees);
      const email = await this.deliverEmails(manager, addressees, optedOut, attempt);
      // Settled: every message of these events is sent, skipped or failed for good (failures are
      // listed per delivery), so no job needs to run for them again and a one-time secret is no
      // longer needed at rest. Events left for a retry, and undeliverable ones, stay unsettled.
      await this.outbox.settle(
        manager,
        known.filter((e) => !email.retryEvents.has(e.id)).map((e) => e.id),
      );
      return { delivered: inbox.created + email.sent, skipped: inbox.existing + email.skipped, retry: email.retryEvents.size };
    });

    if (outcome.retry) throw new DeliveryIncompleteError(`E-mail of ${outcome.retry} event(s) not yet delivered; will retry`);
    if (undeliverable.size) {
      throw new UndeliverableEventError(`Undeliverable event(s): ${[...undeliverable].map(([id, why]) => `${id} (${why})`).join('; ')}`);
    }
    return { delivered: outcome.delivered, skipped: outcome.skipped };
  }

  /**
   * Each event's active recipients, once each, with their messages rendered. An event
   * whose messages cannot be rendered is left out whole and noted in `undeliverable`.
   */
  private async addressees(events: OutboxEvent[], undeliverable: Map<string, string>): Promise<Addressee[]> {
    const userIds = events.flatMap((e) => e.recipients.flatMap((r) => ('userId' in r ? [r.userId] : [])));
    const contacts = userIds.length ? await this.directory.contacts(userIds) : new Map<string, Contact>();
    const out: Addressee[] = [];
    for (const event of events) {
      if (!isNotificationType(event.type)) continue;
      const def = NOTIFICATION_TYPES[event.type];
      const ofEvent: Addressee[] = [];
      try {
        const secret = event.sealedSecret ? this.outbox.openSecret(event.sealedSecret) : null;
        const seen = new Set<string>();
        for (const recipient of this.resolveRecipients(event.recipients, contacts)) {
          if (seen.has(recipient.key)) continue; // listed twice: one message, as the unique records would allow anyway
          seen.add(recipient.key);
          const { vars, link } = this.varsFor(event, def, recipient, secret);
          ofEvent.push({ event, def, recipient, rendered: renderTemplate(def.templateKey, recipient.locale, vars), link });
        }
      } catch (error) {
        undeliverable.set(event.id, (error as Error).message);
        continue;
      }
      out.push(...ofEvent);
    }
    return out;
  }

  private resolveRecipients(recipients: OutboxRecipient[], contacts: Map<string, Contact>): ResolvedRecipient[] {
    const out: ResolvedRecipient[] = [];
    for (const r of recipients) {
      if ('userId' in r) {
        const c = contacts.get(r.userId);
        if (!c || c.status !== 'active') continue; // deleted or disabled accounts get nothing
        out.push({ key: `user:${c.userId}`, userId: c.userId, email: c.email, name: c.emailVerified ? c.fullName : null, locale: c.locale });
      } else {
        out.push({ key: `email:${r.email.toLowerCase()}`, userId: null, email: r.email, name: r.verified && r.name ? r.name : null, locale: r.locale });
      }
    }
    return out;
  }

  /**
   * The payload in the recipient's language plus the dispatcher's variables (DISPATCHER_VARS):
   * the recipient's name, and `actionUrl`: the one-time link for an event with a secret, else
   * the portal's URL plus the type's in-app link.
   */
  private varsFor(event: OutboxEvent, def: NotificationTypeDefinition, recipient: ResolvedRecipient, secret: string | null): { vars: Vars; link: string | null } {
    // Without a name the layout greets neutrally.
    const vars: Vars = { ...resolveLocalizedVars(event.payload, recipient.locale), recipientName: recipient.name };
    const link = buildLinkPath(def, vars);
    const linkBase = event.payload.linkBase;
    if (secret && typeof linkBase === 'string') vars.actionUrl = `${linkBase}?token=${encodeURIComponent(secret)}`;
    else if (link !== null) vars.actionUrl = `${this.config.PUBLIC_URL}${link}`;
    return { vars, link };
  }

  /** Writes every inbox message of the batch once; returns how many were new. */
  private async deliverInbox(manager: EntityManager, addressees: Addressee[]): Promise<{ created: number; existing: number }> {
    const rows: InboxWrite[] = [];
    for (const { event, def, recipient, rendered, link } of addressees) {
      if (!recipient.userId || !def.channels.includes('inbox')) continue;
      rows.push({ outboxId: event.id, type: event.type, userId: recipient.userId, title: rendered.title.slice(0, 300), body: rendered.body, link });
    }
    const created = await this.deliveries.recordInbox(manager, rows, this.clock.now());
    return { created, existing: rows.length - created };
  }

  private async deliverEmails(
    manager: EntityManager,
    addressees: Addressee[],
    optedOut: ReadonlySet<string>,
    attempt: DeliveryAttempt,
  ): Promise<{ sent: number; skipped: number; retryEvents: Set<string> }> {
    const wanted = addressees.filter((a) => a.def.channels.includes('email'));
    const keyOf = (outboxId: string, recipientKey: string) => `${outboxId}|${recipientKey}`;
    const records = new Map<string, EmailRecord>();
    const keys: EmailRecordKey[] = wanted.map((a) => ({ outboxId: a.event.id, type: a.event.type, recipientKey: a.recipient.key, userId: a.recipient.userId }));
    for (const r of await this.deliveries.claimEmailRecords(manager, keys)) records.set(keyOf(r.outboxId, r.recipientKey), r);

    const result = { sent: 0, skipped: 0, retryEvents: new Set<string>() };
    const switchedOff: string[] = [];
    const toSend: { addressee: Addressee; record: EmailRecord }[] = [];
    for (const addressee of wanted) {
      const record = records.get(keyOf(addressee.event.id, addressee.recipient.key))!;
      if (record.status !== 'pending') result.skipped++;
      else if (addressee.recipient.userId && optedOut.has(`${addressee.recipient.userId}|${addressee.event.type}`)) {
        switchedOff.push(record.id);
        result.skipped++;
      } else toSend.push({ addressee, record });
    }
    await this.deliveries.markSkipped(manager, switchedOff, 'switched off by the recipient');

    for (const { addressee, record } of toSend) {
      const outcome = await this.sendOne(manager, addressee, record, attempt);
      if (outcome === 'sent') result.sent++;
      else if (outcome === 'retry') result.retryEvents.add(addressee.event.id);
      else result.skipped++;
    }
    return result;
  }

  private async sendOne(manager: EntityManager, { event, recipient, rendered }: Addressee, record: EmailRecord, attempt: DeliveryAttempt): Promise<'sent' | 'retry' | 'failed'> {
    try {
      await this.mail.send({
        to: recipient.email,
        toName: recipient.name ?? undefined,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        messageId: `<${event.id}.${createHash('sha256').update(recipient.key).digest('hex').slice(0, 16)}@title-portal>`,
      });
    } catch (error) {
      const message = (error as Error).message.slice(0, 1000);
      const final = error instanceof PermanentMailError || attempt.attempt >= attempt.maxAttempts;
      await this.deliveries.recordEmailOutcome(manager, record.id, { status: final ? 'failed' : 'pending', error: message });
      this.logger.warn(`E-mail for event ${event.id} (${event.type}) ${final ? 'failed' : 'will be retried'}: ${message}`);
      return final ? 'failed' : 'retry';
    }
    await this.deliveries.recordEmailOutcome(manager, record.id, { status: 'sent', sentAt: this.clock.now() });
    return 'sent';
  }
}
