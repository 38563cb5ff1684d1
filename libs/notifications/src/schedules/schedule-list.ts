import { DraftWindowRemindersSchedule } from './draft-window-reminders.schedule';
import { OverdueCorrectionsSchedule } from './overdue-corrections.schedule';

/** Every schedule class; one per key in SCHEDULE_KEYS. */
export const SCHEDULE_PROVIDERS = [DraftWindowRemindersSchedule, OverdueCorrectionsSchedule] as const;
