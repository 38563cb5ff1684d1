import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { checkSchedules, ScheduleRegistry } from './schedule-registry';
import { DAY_MS, dueReminder, RegisterSchedule, Schedule, SCHEDULE_KEYS, ScheduleKey } from './schedule';

/** A schedule class with this key, as a module would register it. */
function scheduleClass(key: ScheduleKey) {
  @Injectable()
  @RegisterSchedule()
  class FakeSchedule implements Schedule {
    readonly key = key;
    readonly repeat = { every: 1000 };
    run = () => Promise.resolve(0);
  }
  return FakeSchedule;
}

/** The registry over schedules spread across two feature modules, as the worker imports them. */
async function registryOver(first: ScheduleKey[], second: ScheduleKey[]) {
  @Module({ providers: first.map(scheduleClass) })
  class FirstFeature {}
  @Module({ providers: second.map(scheduleClass) })
  class SecondFeature {}
  const moduleRef = await Test.createTestingModule({ imports: [DiscoveryModule, FirstFeature, SecondFeature], providers: [ScheduleRegistry] }).compile();
  await moduleRef.init();
  return moduleRef.get(ScheduleRegistry);
}

describe('schedules', () => {
  it('names missing, doubled and unknown schedules', () => {
    expect(checkSchedules([])).toEqual([
      'schedule "draft-window-reminders" has no implementation',
      'schedule "overdue-corrections" has no implementation',
      'schedule "review-deadline-reminders" has no implementation',
      'schedule "auto-assign-runs" has no implementation',
      'schedule "close-notices" has no implementation',
      'schedule "audit-checkpoints" has no implementation',
      'schedule "unit-reminders" has no implementation',
      'schedule "application-exports" has no implementation',
      'schedule "stats-counters" has no implementation',
    ]);
    const problems = checkSchedules([
      { key: 'draft-window-reminders' },
      { key: 'draft-window-reminders' },
      { key: 'overdue-corrections' },
      { key: 'review-deadline-reminders' },
      { key: 'auto-assign-runs' },
      { key: 'close-notices' },
      { key: 'audit-checkpoints' },
      { key: 'unit-reminders' },
      { key: 'application-exports' },
      { key: 'stats-counters' },
      { key: 'nope' as never },
    ]);
    expect(problems).toEqual(['schedule "draft-window-reminders" is implemented 2 times', 'schedule "nope" is not in SCHEDULE_KEYS']);
  });

  it('accepts one schedule per key', () => {
    expect(checkSchedules(['draft-window-reminders', 'overdue-corrections', 'review-deadline-reminders', 'auto-assign-runs', 'close-notices', 'audit-checkpoints', 'unit-reminders', 'application-exports', 'stats-counters'].map((key) => ({ key: key as never })))).toEqual([]);
  });

  it("finds each module's @RegisterSchedule() providers by discovery", async () => {
    const registry = await registryOver(SCHEDULE_KEYS.slice(0, 2), SCHEDULE_KEYS.slice(2));
    expect(registry.all().map((s) => s.key).sort()).toEqual([...SCHEDULE_KEYS].sort());
    expect(registry.get('close-notices').key).toBe('close-notices');
    expect(() => registry.get('nope')).toThrow('Unknown schedule "nope"');
  });

  it('refuses to start when a key has no schedule or two', async () => {
    await expect(registryOver(SCHEDULE_KEYS.slice(1), [])).rejects.toThrow('schedule "draft-window-reminders" has no implementation');
    await expect(registryOver([...SCHEDULE_KEYS], ['close-notices'])).rejects.toThrow('schedule "close-notices" is implemented 2 times');
  });

  it('picks the nearest threshold a deadline is within, none once it has passed', () => {
    const deadline = new Date('2026-05-31T09:00:00Z');
    const thresholds = [{ label: 'far', days: 7 }, { label: 'near', days: 1 }];
    expect(dueReminder(thresholds, deadline, new Date(deadline.getTime() - 3 * DAY_MS))).toEqual({ label: 'far', daysLeft: 3 });
    expect(dueReminder(thresholds, deadline, new Date(deadline.getTime() - DAY_MS))).toEqual({ label: 'near', daysLeft: 1 });
    expect(dueReminder(thresholds, deadline, deadline)).toBeNull();
  });
});
