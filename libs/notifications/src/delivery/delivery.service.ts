import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { Clock } from '@app/common';
import { OutboxEvent, OutboxRecipient, OutboxService } from '@app/outbox';
import { Contact, UserDirectory } from '@app/identity';
import { buildLinkPath, isNotificationType, NOTIFICATION_TYPES, NotificationTypeDefinition } from '../catalogue';
import { renderTemplate } from '../templates';
import { InboxNotification } from '../entities/inbox-notification.entity';
import { NotificationDelivery } from '../entities/notification-delivery.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { MailTransport, PermanentMailError } from './mail-transport';
import { resolveLocalizedVars } from './localized-vars';

type Vars = Record<string, string | number | null>;

interface ResolvedRecipient {
  key: string;
  userId: string | null;
  email: string;
  name: string;
  locale: 'zh-CN' | 'en';
}

export interface DeliveryAttempt {
  /** 1-based attempt number of the job, and how many it gets in all. */
  attempt: number;
  maxAttempts: number;
}

export class UnknownEventError extends Error {}

/** A transient failure; the job is retried, and what already succeeded is not repeated. */
export class DeliveryIncompleteError extends Error {}

/**
 * Delivers one outbox event to each recipient on each channel of its type. Every
 * (event, recipient, channel) is recorded under a unique key, so however often the
 * job runs, each inbox row is written once and each e-mail sent once.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectory,
    private readonly mail: MailTransport,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async deliver(outboxId: string, attempt: DeliveryAttempt): Promise<{ delivered: number; skipped: number }> {
    const event = await this.dataSource.manager.findOne(OutboxEvent, { where: { id: outboxId } });
    if (!event) return { delivered: 0, skipped: 0 }; // pruned long after delivery
    if (!isNotificationType(event.type)) throw new UnknownEventError(`Unknown notification type "${event.type}"`);
    const def = NOTIFICATION_TYPES[event.type];
    const recipients = await this.resolveRecipients(event.recipients);
    const secret = event.sealedSecret ? this.outbox.openSecret(event.sealedSecret) : null;

    let delivered = 0;
    let skipped = 0;
    const transient: string[] = [];
    for (const recipient of recipients) {
      const vars = this.varsFor(event, recipient, secret);
      for (const channel of def.channels) {
        if (channel === 'inbox') {
          if (!recipient.userId) continue;
          if (await this.deliverInbox(event, def, recipient, vars)) delivered++;
          else skipped++;
        } else {
          const outcome = await this.deliverEmail(event, def, recipient, vars, attempt);
          if (outcome === 'sent') delivered++;
          else if (outcome === 'retry') transient.push(recipient.key);
          else skipped++;
        }
      }
    }
    if (transient.length) throw new DeliveryIncompleteError(`E-mail to ${transient.length} recipient(s) not yet delivered; will retry`);
    // Every e-mail of the event is out: the one-time secret is no longer needed at rest.
    if (event.sealedSecret) await this.dataSource.manager.update(OutboxEvent, { id: event.id }, { sealedSecret: null });
    return { delivered, skipped };
  }

  private async resolveRecipients(recipients: OutboxRecipient[]): Promise<ResolvedRecipient[]> {
    const userIds = recipients.flatMap((r) => ('userId' in r ? [r.userId] : []));
    const contacts = await this.directory.contacts(userIds);
    const out: ResolvedRecipient[] = [];
    for (const r of recipients) {
      if ('userId' in r) {
        const c: Contact | undefined = contacts.get(r.userId);
        if (!c || c.status !== 'active') continue; // deleted or disabled accounts get nothing
        out.push({ key: `user:${c.userId}`, userId: c.userId, email: c.email, name: c.fullName, locale: c.locale });
      } else {
        out.push({ key: `email:${r.email.toLowerCase()}`, userId: null, email: r.email, name: r.name ?? r.email, locale: r.locale });
      }
    }
    return out;
  }

  private varsFor(event: OutboxEvent, recipient: ResolvedRecipient, secret: string | null): Vars {
    const vars: Vars = { ...resolveLocalizedVars(event.payload, recipient.locale), recipientName: recipient.name };
    const linkBase = event.payload.linkBase;
    if (secret && typeof linkBase === 'string') vars.actionUrl = `${linkBase}?token=${encodeURIComponent(secret)}`;
    else if (vars.actionUrl === undefined && typeof event.payload.applicationId === 'string') {
      vars.actionUrl = `${this.config.PUBLIC_URL}/applications/${event.payload.applicationId}`;
    }
    return vars;
  }

  /** Insert the inbox row once; returns false when it already existed. */
  private async deliverInbox(event: OutboxEvent, def: NotificationTypeDefinition, recipient: ResolvedRecipient, vars: Vars): Promise<boolean> {
    const rendered = renderTemplate(def.templateKey, recipient.locale, vars);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(InboxNotification)
        .values({
          userId: recipient.userId!,
          outboxId: event.id,
          type: event.type,
          title: rendered.title.slice(0, 300),
          body: rendered.body,
          link: buildLinkPath(def, vars),
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const created = inserted.raw.length > 0;
      await this.record(manager, event, recipient, 'inbox', { status: 'sent', sentAt: this.clock.now() });
      return created;
    });
  }

  private async deliverEmail(
    event: OutboxEvent,
    def: NotificationTypeDefinition,
    recipient: ResolvedRecipient,
    vars: Vars,
    attempt: DeliveryAttempt,
  ): Promise<'sent' | 'skipped' | 'retry' | 'failed'> {
    return this.dataSource.transaction(async (manager) => {
      await this.record(manager, event, recipient, 'email', {});
      // The row lock makes a concurrent duplicate of this job wait, then see 'sent'.
      const row = await manager
        .createQueryBuilder(NotificationDelivery, 'd')
        .setLock('pessimistic_write')
        .where('d.outbox_id = :id AND d.recipient_key = :key AND d.channel = :channel', { id: event.id, key: recipient.key, channel: 'email' })
        .getOneOrFail();
      if (row.status !== 'pending') return row.status === 'sent' ? 'skipped' : (row.status as 'skipped' | 'failed');
      if (!def.essential && recipient.userId && (await this.optedOut(manager, recipient.userId, event.type))) {
        await manager.update(NotificationDelivery, { id: row.id }, { status: 'skipped', lastError: 'switched off by the recipient' });
        return 'skipped';
      }
      const rendered = renderTemplate(def.templateKey, recipient.locale, vars);
      try {
        await this.mail.send({
          to: recipient.email,
          toName: recipient.name,
          subject: rendered.subject,
          html: rendered.html,
          text: rendered.text,
          messageId: `<${event.id}.${createHash('sha256').update(recipient.key).digest('hex').slice(0, 16)}@title-portal>`,
        });
        await manager.update(NotificationDelivery, { id: row.id }, { status: 'sent', sentAt: this.clock.now(), attempts: row.attempts + 1, lastError: null });
        return 'sent';
      } catch (error) {
        const message = (error as Error).message.slice(0, 1000);
        const permanent = error instanceof PermanentMailError;
        const exhausted = attempt.attempt >= attempt.maxAttempts;
        await manager.update(NotificationDelivery, { id: row.id }, {
          status: permanent || exhausted ? 'failed' : 'pending',
          attempts: row.attempts + 1,
          lastError: message,
        });
        this.logger.warn(`E-mail for event ${event.id} (${event.type}) ${permanent || exhausted ? 'failed' : 'will be retried'}: ${message}`);
        return permanent || exhausted ? 'failed' : 'retry';
      }
    });
  }

  private async optedOut(manager: EntityManager, userId: string, type: string): Promise<boolean> {
    const pref = await manager.findOne(NotificationPreference, { where: { userId, type } });
    return pref?.emailEnabled === false;
  }

  private async record(
    manager: EntityManager,
    event: OutboxEvent,
    recipient: ResolvedRecipient,
    channel: 'email' | 'inbox',
    values: Partial<NotificationDelivery>,
  ): Promise<void> {
    const qb = manager
      .createQueryBuilder()
      .insert()
      .into(NotificationDelivery)
      .values({ outboxId: event.id, type: event.type, recipientKey: recipient.key, userId: recipient.userId, channel, status: 'pending', ...values });
    if (Object.keys(values).length) qb.orUpdate(Object.keys(values).map((k) => (k === 'sentAt' ? 'sent_at' : k)), ['outbox_id', 'recipient_key', 'channel']);
    else qb.orIgnore();
    await qb.execute();
  }
}
