import { Injectable } from '@nestjs/common';
import { ApplicationAccess } from '@app/applications';
import { FieldProblem, Role } from '@app/common';
import { CommitteeError } from '../committee.errors';
import type { Viewer } from './committees.service';
import type { MeetingMinutes } from './meeting-close.service';
import { MeetingsRepository } from './meetings.repository';
import type { MeetingView } from './meetings.service';

/**
 * Nobody handles their own file (domain.md §2), applied to meetings, which decide several files
 * at once. An admin whose own file is on a meeting's agenda may not act on that meeting at all
 * (schedule it, open it, record a tally, close it: 404, as for a meeting they cannot see),
 * because attendance, tallies and the close decide every item together; what they read of
 * a meeting (its view, its minutes) leaves their own item out. Members' views are untouched:
 * a member's own file is a recusal, which the recusal rules already handle.
 * The one rule underneath is ApplicationAccess.isHandlingAdmin.
 */
@Injectable()
export class MeetingFileAccess {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly access: ApplicationAccess,
  ) {}

  /** 404 MEETING_NOT_FOUND when the admin's own file is on the meeting's agenda (any act on it decides that file too). */
  async assertHandles(meetingId: string, admin: Viewer): Promise<void> {
    const own = await this.ownIds(admin);
    if (!own.size) return;
    const items = await this.meetings.items(meetingId);
    if (items.some((i) => own.has(i.applicationId))) throw CommitteeError.meetingNotFound();
  }

  /** A new agenda naming the admin's own file: 422 AGENDA_REFUSED with APPLICATION_NOT_FOUND for that entry, as for an unknown file. */
  async assertAgendaHandled(applicationIds: readonly string[], admin: Viewer): Promise<void> {
    const own = await this.ownIds(admin);
    const problems: FieldProblem[] = applicationIds.flatMap((id, i) =>
      own.has(id) ? [{ path: `applicationIds[${i}]`, code: 'APPLICATION_NOT_FOUND', message: 'No application with this id' }] : [],
    );
    if (problems.length) throw CommitteeError.agendaRefused(problems);
  }

  /** The meeting as the viewer reads it, without the item of an admin's own file (members: unchanged). */
  async readable(view: MeetingView, viewer: Viewer): Promise<MeetingView> {
    if (view.viewerRole !== 'admin' || !view.adminItems) return view;
    const own = await this.ownIds(viewer);
    return own.size ? { ...view, adminItems: view.adminItems.filter((i) => !own.has(i.applicationId)) } : view;
  }

  /** The minutes as the viewer reads them, without the item of an admin's own file. */
  async readableMinutes(minutes: MeetingMinutes, viewer: Viewer): Promise<MeetingMinutes> {
    const own = await this.ownIds(viewer);
    return own.size ? { ...minutes, items: minutes.items.filter((i) => !own.has(i.applicationId)) } : minutes;
  }

  /** The files an admin never handles: their own (none for a non-admin here, whose views are the members'). */
  private async ownIds(viewer: Viewer): Promise<Set<string>> {
    if (!viewer.roles.includes(Role.Admin)) return new Set();
    return new Set(await this.access.ownFileIds(viewer));
  }
}
