import type { FieldProblem } from '@app/common';
import {
  isNotificationType,
  NOTIFICATION_TYPE_NAMES,
  NOTIFICATION_TYPES,
  NotificationCategory,
  NotificationChannel,
  NotificationType,
} from '../catalogue';

/** One row of a user's preference screen. */
export interface NotificationPreferenceView {
  type: NotificationType;
  category: NotificationCategory;
  channels: readonly NotificationChannel[];
  /** Essential types are always e-mailed; the person cannot switch them off. */
  essential: boolean;
  emailEnabled: boolean;
}

export interface PreferenceChange {
  type: string;
  emailEnabled: boolean;
}

/** Every catalogued type, in catalogue order, with the user's stored choices applied (absent = on). */
export function preferenceViews(stored: ReadonlyMap<string, boolean>): NotificationPreferenceView[] {
  return NOTIFICATION_TYPE_NAMES.map((type) => {
    const def = NOTIFICATION_TYPES[type];
    return {
      type,
      category: def.category,
      channels: def.channels,
      essential: def.essential,
      emailEnabled: def.essential ? true : (stored.get(type) ?? true),
    };
  });
}

/**
 * Problems with a requested change, one per offending item: an unknown type, a type
 * listed twice, or an essential type switched off. Switching an essential type *on*
 * is accepted as the no-op it is, so a client can send back the whole list it got.
 */
export function preferenceProblems(changes: readonly PreferenceChange[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  changes.forEach((change, i) => {
    if (!isNotificationType(change.type)) {
      problems.push({ path: `items.${i}.type`, code: 'NOTIFICATION_TYPE_UNKNOWN', message: `"${change.type}" is not a notification type` });
      return;
    }
    if (seen.has(change.type)) {
      problems.push({ path: `items.${i}.type`, code: 'DUPLICATE_TYPE', message: `"${change.type}" is listed more than once` });
    }
    seen.add(change.type);
    if (NOTIFICATION_TYPES[change.type].essential && !change.emailEnabled) {
      problems.push({
        path: `items.${i}.emailEnabled`,
        code: 'NOTIFICATION_ESSENTIAL',
        message: `E-mail for "${change.type}" is essential and cannot be switched off`,
      });
    }
  });
  return problems;
}
