import { checkSchedules } from './schedule-registry';
import { DAY_MS, Schedule, SCHEDULE_KEYS } from './schedule';
import { SCHEDULE_PROVIDERS } from './schedule-list';
import { draftReminderDedupeKey, dueDraftReminder } from './draft-window-reminders.schedule';
import { formatShanghaiDateTime } from './shanghai-time';

describe('schedules', () => {
  it('has exactly one schedule class per key', () => {
    // Constructed without dependencies: only the key is read.
    const keys = SCHEDULE_PROVIDERS.map((cls) => ({ key: (Reflect.construct(cls, []) as Schedule).key }));
    expect(checkSchedules(keys)).toEqual([]);
    expect(keys.map((k) => k.key).sort()).toEqual([...SCHEDULE_KEYS].sort());
  });

  it('names missing, doubled and unknown schedules', () => {
    expect(checkSchedules([])).toEqual([
      'schedule "draft-window-reminders" has no implementation',
      'schedule "overdue-corrections" has no implementation',
      'schedule "review-deadline-reminders" has no implementation',
      'schedule "auto-assign-runs" has no implementation',
      'schedule "close-notices" has no implementation',
      'schedule "audit-checkpoints" has no implementation',
    ]);
    const problems = checkSchedules([
      { key: 'draft-window-reminders' },
      { key: 'draft-window-reminders' },
      { key: 'overdue-corrections' },
      { key: 'review-deadline-reminders' },
      { key: 'auto-assign-runs' },
      { key: 'close-notices' },
      { key: 'audit-checkpoints' },
      { key: 'nope' as never },
    ]);
    expect(problems).toEqual(['schedule "draft-window-reminders" is implemented 2 times', 'schedule "nope" is not in SCHEDULE_KEYS']);
  });
});

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

  it('formats the closing time in Beijing time', () => {
    expect(formatShanghaiDateTime(closes)).toBe('2026-05-31 17:00');
    expect(formatShanghaiDateTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30');
  });
});
