import { Injectable } from '@nestjs/common';
import { AppError, ValidationFailedError } from '@app/common';
import { isNotificationType, NOTIFICATION_TYPES } from '../catalogue';
import { NotificationPreferenceView, PreferenceChange, preferenceProblems, preferenceViews } from './preferences';
import { PreferencesRepository } from './preferences.repository';

/** A user's e-mail choices per notification type (only optional types can be switched off). */
@Injectable()
export class PreferencesService {
  constructor(private readonly preferences: PreferencesRepository) {}

  /** Every notification type with its essential flag and the user's e-mail choice. */
  async list(userId: string): Promise<NotificationPreferenceView[]> {
    return preferenceViews(await this.preferences.stored(userId));
  }

  /** Apply the listed changes (others stay as they are); all or nothing. */
  async update(userId: string, changes: PreferenceChange[]): Promise<NotificationPreferenceView[]> {
    const problems = preferenceProblems(changes);
    if (problems.length) {
      const essentialOff = changes.filter((c) => isNotificationType(c.type) && NOTIFICATION_TYPES[c.type].essential && !c.emailEnabled).map((c) => c.type);
      if (essentialOff.length) {
        throw new AppError('NOTIFICATION_ESSENTIAL', `E-mail for essential notification types cannot be switched off: ${essentialOff.join(', ')}`, 400, problems);
      }
      throw new ValidationFailedError(problems);
    }
    // Essential types are never stored: the delivery ignores preferences for them anyway.
    await this.preferences.upsert(
      userId,
      changes.filter((c) => isNotificationType(c.type) && !NOTIFICATION_TYPES[c.type].essential),
    );
    return this.list(userId);
  }
}
