import { OPTIONAL_TYPES, NOTIFICATION_TYPE_NAMES } from '../catalogue';
import { preferenceProblems, preferenceViews } from './preferences';

describe('notification preferences', () => {
  it('lists every type, optional ones on by default, essential ones always on', () => {
    const views = preferenceViews(new Map([['application.draft_reminder', false], ['application.accepted', false]]));
    expect(views.map((v) => v.type)).toEqual([...NOTIFICATION_TYPE_NAMES]);
    expect(views.find((v) => v.type === 'application.draft_reminder')).toMatchObject({ essential: false, emailEnabled: false });
    expect(views.find((v) => v.type === 'review.reminder')).toMatchObject({ essential: false, emailEnabled: true });
    // A stray stored row for an essential type never shows it as off.
    expect(views.find((v) => v.type === 'application.accepted')).toMatchObject({ essential: true, emailEnabled: true });
    expect(views.filter((v) => !v.essential).map((v) => v.type)).toEqual([...OPTIONAL_TYPES]);
  });

  it('accepts optional types either way and essential types switched on', () => {
    expect(
      preferenceProblems([
        { type: 'application.draft_reminder', emailEnabled: false },
        { type: 'review.reminder', emailEnabled: true },
        { type: 'account.password_reset', emailEnabled: true },
      ]),
    ).toEqual([]);
  });

  it('names each essential type switched off, unknown type and duplicate', () => {
    const problems = preferenceProblems([
      { type: 'application.rejected', emailEnabled: false },
      { type: 'nope', emailEnabled: false },
      { type: 'review.reminder', emailEnabled: false },
      { type: 'review.reminder', emailEnabled: true },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ path: 'items.0.emailEnabled', code: 'NOTIFICATION_ESSENTIAL', message: expect.stringContaining('application.rejected') }),
      expect.objectContaining({ path: 'items.1.type', code: 'NOTIFICATION_TYPE_UNKNOWN' }),
      expect.objectContaining({ path: 'items.3.type', code: 'DUPLICATE_TYPE' }),
    ]);
  });
});
