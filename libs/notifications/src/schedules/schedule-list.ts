import { DraftWindowRemindersSchedule } from './draft-window-reminders.schedule';
import { OverdueCorrectionsSchedule } from './overdue-corrections.schedule';
import { ReviewDeadlineRemindersSchedule } from './review-deadline-reminders.schedule';
import { AutoAssignRunsSchedule } from './auto-assign-runs.schedule';
import { CloseNoticesSchedule } from './close-notices.schedule';
import { AuditCheckpointsSchedule } from './audit-checkpoints.schedule';

/** Every schedule class; one per key in SCHEDULE_KEYS. */
export const SCHEDULE_PROVIDERS = [DraftWindowRemindersSchedule, OverdueCorrectionsSchedule, ReviewDeadlineRemindersSchedule, AutoAssignRunsSchedule, CloseNoticesSchedule, AuditCheckpointsSchedule] as const;
