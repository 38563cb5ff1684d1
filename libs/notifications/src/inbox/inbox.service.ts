import { Injectable } from '@nestjs/common';
import { Clock, CursorPage, NotFoundError } from '@app/common';
import { InboxListFilter, InboxRepository, InboxRow } from './inbox.repository';

/** A user's in-app inbox. Every method is scoped to the caller: another user's notification is "not found". */
@Injectable()
export class InboxService {
  constructor(
    private readonly inbox: InboxRepository,
    private readonly clock: Clock,
  ) {}

  /** The caller's notifications, newest first. */
  list(userId: string, filter: InboxListFilter): Promise<CursorPage<InboxRow>> {
    return this.inbox.list(userId, filter);
  }

  unreadCount(userId: string): Promise<number> {
    return this.inbox.unreadCount(userId);
  }

  /** Mark one notification read; idempotent. 404 when it is not the caller's. */
  async markRead(userId: string, id: string): Promise<InboxRow> {
    const row = await this.inbox.markRead(userId, id, this.clock.now());
    if (!row) throw new NotFoundError('Notification', 'NOTIFICATION_NOT_FOUND');
    return row;
  }

  /** Mark every unread notification of the caller read; returns how many changed. */
  markAllRead(userId: string): Promise<number> {
    return this.inbox.markAllRead(userId, this.clock.now());
  }
}
