import { MEETING_STATUSES } from '../entities/meeting.entity';
import { CommitteeError } from '../committee.errors';
import { assertMeetingClosed, assertMeetingOpen, assertMeetingScheduled } from './meeting-guards';

const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(CommitteeError);
    return (error as CommitteeError).code;
  }
};
const each = (guard: (status: (typeof MEETING_STATUSES)[number]) => void) => Object.fromEntries(MEETING_STATUSES.map((status) => [status, codeOf(() => guard(status))]));

describe('meeting guards', () => {
  it('assertMeetingScheduled passes only a scheduled meeting', () => {
    expect(each((status) => assertMeetingScheduled({ status }))).toEqual({ scheduled: null, open: 'MEETING_NOT_SCHEDULED', closed: 'MEETING_NOT_SCHEDULED' });
  });

  it('assertMeetingOpen passes only an open meeting', () => {
    expect(each((status) => assertMeetingOpen({ status }))).toEqual({ scheduled: 'MEETING_NOT_OPEN', open: null, closed: 'MEETING_NOT_OPEN' });
  });

  it('assertMeetingClosed passes a closed meeting with minutes, and refuses a closed one without them', () => {
    expect(each((status) => assertMeetingClosed({ status, minutes: { items: [] } }))).toEqual({ scheduled: 'MEETING_NOT_CLOSED', open: 'MEETING_NOT_CLOSED', closed: null });
    expect(codeOf(() => assertMeetingClosed({ status: 'closed', minutes: null }))).toBe('MEETING_NOT_CLOSED');
  });
});
