import { DraftWindowRemindersSchedule } from './draft-window-reminders.schedule';

/** Every schedule class; one per key in SCHEDULE_KEYS. */
export const SCHEDULE_PROVIDERS = [DraftWindowRemindersSchedule] as const;
