import { checkSchedules } from './schedule-registry';
import { DAY_MS, dueReminder } from './schedule';

describe('schedules', () => {
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

  it('accepts one schedule per key', () => {
    expect(checkSchedules(['draft-window-reminders', 'overdue-corrections', 'review-deadline-reminders', 'auto-assign-runs', 'close-notices', 'audit-checkpoints'].map((key) => ({ key: key as never })))).toEqual([]);
  });

  it('picks the nearest threshold a deadline is within, none once it has passed', () => {
    const deadline = new Date('2026-05-31T09:00:00Z');
    const thresholds = [{ label: 'far', days: 7 }, { label: 'near', days: 1 }];
    expect(dueReminder(thresholds, deadline, new Date(deadline.getTime() - 3 * DAY_MS))).toEqual({ label: 'far', daysLeft: 3 });
    expect(dueReminder(thresholds, deadline, new Date(deadline.getTime() - DAY_MS))).toEqual({ label: 'near', daysLeft: 1 });
    expect(dueReminder(thresholds, deadline, deadline)).toBeNull();
  });
});
