import { DAY_MS } from '@app/queue';
import { draftReminderDedupeKey, dueDraftReminder } from './draft-window-reminders.schedule';

describe('draft window reminders', () => {
  const closes = new Date('2026-05-31T09:00:00Z');
  const before = (ms: number) => new Date(closes.getTime() - ms);

  it('is not due more than 7 days before the window closes, nor after it closed', () => {
    expect(dueDraftReminder(closes, before(7 * DAY_MS + 1))).toBeNull();
    expect(dueDraftReminder(closes, closes)).toBeNull();
    expect(dueDraftReminder(closes, new Date(closes.getTime() + 1))).toBeNull();
  });

  it('sends the 7-day reminder from 7 days out and the 1-day one in the last day', () => {
    expect(dueDraftReminder(closes, before(7 * DAY_MS))).toEqual({ label: '7d', daysLeft: 7 });
    expect(dueDraftReminder(closes, before(7 * DAY_MS - 15 * 60 * 1000))).toEqual({ label: '7d', daysLeft: 7 });
    expect(dueDraftReminder(closes, before(3 * DAY_MS))).toEqual({ label: '7d', daysLeft: 3 });
    expect(dueDraftReminder(closes, before(DAY_MS))).toEqual({ label: '1d', daysLeft: 1 });
    expect(dueDraftReminder(closes, before(60 * 1000))).toEqual({ label: '1d', daysLeft: 1 });
  });

  it('keys each reminder per application and label', () => {
    expect(draftReminderDedupeKey('7d', 'abc')).toBe('draft_reminder:7d:abc');
  });
});
