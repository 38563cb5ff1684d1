import { CommitteeError } from '../committee.errors';
import { assertMeetingBeforeClose, assertMeetingClosed, assertMeetingOpen, assertMeetingScheduled } from './meeting-guards';

const refusal = (code: string) => expect.objectContaining({ constructor: CommitteeError, code });

describe('meeting guards', () => {
  it('assertMeetingScheduled passes only a scheduled meeting', () => {
    expect(() => assertMeetingScheduled({ status: 'scheduled' })).not.toThrow();
    expect(() => assertMeetingScheduled({ status: 'open' })).toThrow(refusal('MEETING_NOT_SCHEDULED'));
    expect(() => assertMeetingScheduled({ status: 'closed' })).toThrow(refusal('MEETING_NOT_SCHEDULED'));
  });

  it('assertMeetingOpen passes only an open meeting', () => {
    expect(() => assertMeetingOpen({ status: 'open' })).not.toThrow();
    expect(() => assertMeetingOpen({ status: 'scheduled' })).toThrow(refusal('MEETING_NOT_OPEN'));
    expect(() => assertMeetingOpen({ status: 'closed' })).toThrow(refusal('MEETING_NOT_OPEN'));
  });

  it('assertMeetingClosed passes a closed meeting with minutes, and refuses a closed one without them', () => {
    expect(() => assertMeetingClosed({ status: 'closed', minutes: { items: [] } })).not.toThrow();
    expect(() => assertMeetingClosed({ status: 'open', minutes: null })).toThrow(refusal('MEETING_NOT_CLOSED'));
    expect(() => assertMeetingClosed({ status: 'closed', minutes: null })).toThrow(refusal('MEETING_NOT_CLOSED'));
  });

  it('assertMeetingBeforeClose passes a scheduled or open meeting and refuses a closed one', () => {
    expect(() => assertMeetingBeforeClose({ status: 'scheduled' })).not.toThrow();
    expect(() => assertMeetingBeforeClose({ status: 'open' })).not.toThrow();
    expect(() => assertMeetingBeforeClose({ status: 'closed' })).toThrow(refusal('MEETING_CLOSED'));
  });
});
