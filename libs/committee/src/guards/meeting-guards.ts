import type { MeetingStatus } from '../entities/meeting.entity';
import { CommitteeError } from '../committee.errors';

/**
 * The meeting's state machine (scheduled -> open -> closed): each rule an action needs, named,
 * so call sites read as the rule.
 */

/** Only a scheduled meeting can be opened, else 409 MEETING_NOT_SCHEDULED. */
export function assertMeetingScheduled(meeting: { status: MeetingStatus }): void {
  if (meeting.status !== 'scheduled') throw CommitteeError.meetingNotScheduled(meeting.status);
}

/** Votes are taken and the meeting closed only while it is open, else 409 MEETING_NOT_OPEN. */
export function assertMeetingOpen(meeting: { status: MeetingStatus }): void {
  if (meeting.status !== 'open') throw CommitteeError.meetingNotOpen(meeting.status);
}

/** Minutes exist once the meeting is closed, else 409 MEETING_NOT_CLOSED. */
export function assertMeetingClosed<T extends { status: MeetingStatus; minutes: unknown }>(meeting: T): asserts meeting is T & { minutes: NonNullable<T['minutes']> } {
  if (meeting.status !== 'closed' || !meeting.minutes) throw CommitteeError.meetingNotClosed(meeting.status);
}

/** A member's dossier is read before the vote: while the meeting is scheduled or open (after the close, the minutes), else 409 MEETING_CLOSED. */
export function assertMeetingBeforeClose(meeting: { status: MeetingStatus }): void {
  if (meeting.status === 'closed') throw CommitteeError.dossierClosed();
}
