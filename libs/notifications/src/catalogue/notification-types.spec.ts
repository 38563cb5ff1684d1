import {
  buildLinkPath,
  DISPATCHER_VARS,
  isNotificationType,
  linkPathVars,
  NOTIFICATION_TYPE_NAMES,
  NOTIFICATION_TYPES,
  notificationType,
  OPTIONAL_TYPES,
  TemplateVar,
  TypedDefinition,
  UnknownNotificationTypeError,
} from './notification-types';

describe('notification type catalogue', () => {
  it('has one entry per type, keyed by its own type', () => {
    expect(Object.keys(NOTIFICATION_TYPES).sort()).toEqual([...NOTIFICATION_TYPE_NAMES].sort());
    for (const [key, def] of Object.entries(NOTIFICATION_TYPES)) expect(def.type).toBe(key);
  });

  it('sends account messages and the objector\'s messages by e-mail only, without an in-app link', () => {
    const emailOnly = NOTIFICATION_TYPE_NAMES.filter((t) => !NOTIFICATION_TYPES[t].channels.includes('inbox'));
    expect(emailOnly.sort()).toEqual([
      'account.already_registered',
      'account.invitation',
      'account.password_reset',
      'account.verify_email',
      'objection.acknowledged',
      'objection.confirm_email',
    ]);
    for (const t of emailOnly) expect(NOTIFICATION_TYPES[t].linkPath).toBeUndefined();
  });

  it('sends everything else to the inbox and by e-mail, with an in-app link', () => {
    for (const t of NOTIFICATION_TYPE_NAMES) {
      const def = NOTIFICATION_TYPES[t];
      if (def.category === 'account' || t.startsWith('objection.') && t !== 'objection.received') continue;
      expect(def.channels).toEqual(['inbox', 'email']);
      expect(def.linkPath).toMatch(/^\//);
    }
  });

  it('marks security, decisions and deadlines essential and reminders optional', () => {
    for (const t of [
      'account.verify_email',
      'account.password_reset',
      'application.returned',
      'application.returned_by_unit',
      'application.recommended',
      'unit.file_received',
      'application.rejected',
      'application.approved',
      'review.assigned',
      'review.overdue',
      'title.revoked',
    ] as const) {
      expect(NOTIFICATION_TYPES[t].essential).toBe(true);
    }
    expect(NOTIFICATION_TYPES['application.draft_reminder'].essential).toBe(false);
    expect(NOTIFICATION_TYPES['review.reminder'].essential).toBe(false);
    // A unit's reminder, and the copy its colleagues get of one officer's decision, ask nothing new of them.
    expect([...OPTIONAL_TYPES].sort()).toEqual(['application.draft_reminder', 'review.reminder', 'unit.file_decided', 'unit.reminder']);
  });

  it('carries deadlines the person must meet as required variables', () => {
    expect(NOTIFICATION_TYPES['application.returned'].requiredVars).toEqual(expect.arrayContaining(['reason', 'correctionDeadline']));
    expect(NOTIFICATION_TYPES['application.rejected'].requiredVars).toEqual(expect.arrayContaining(['reason', 'stage', 'appealDeadline']));
    expect(NOTIFICATION_TYPES['review.assigned'].requiredVars).toContain('reviewDeadline');
    expect(NOTIFICATION_TYPES['application.draft_reminder'].requiredVars).toContain('daysLeft');
    expect(NOTIFICATION_TYPES['application.approved'].requiredVars).toContain('certificateNumber');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(NOTIFICATION_TYPES)).toBe(true);
    expect(Object.isFrozen(NOTIFICATION_TYPES['review.assigned'].requiredVars)).toBe(true);
  });

  it('guards and looks up types', () => {
    expect(isNotificationType('application.submitted')).toBe(true);
    expect(isNotificationType('application.exploded')).toBe(false);
    expect(isNotificationType(42)).toBe(false);
    expect(notificationType('title.revoked').category).toBe('outcome');
    expect(() => notificationType('nope')).toThrow(UnknownNotificationTypeError);
  });

  it('builds in-app links with encoded ids and refuses a missing one', () => {
    const def = notificationType('application.returned');
    expect(linkPathVars(def)).toEqual(['applicationId']);
    expect(buildLinkPath(def, { applicationId: 'abc' })).toBe('/applications/abc');
    expect(buildLinkPath(def, { applicationId: '../admin?x=1' })).toBe('/applications/..%2Fadmin%3Fx%3D1');
    expect(() => buildLinkPath(def, {})).toThrow(/applicationId/);
    expect(buildLinkPath(notificationType('account.invitation'), {})).toBeNull();
  });
});

describe('catalogue and event payloads', () => {
  it('gets every action link from the dispatcher: an in-app link, or a one-time token link for the account messages and the objector\'s confirmation', () => {
    expect([...DISPATCHER_VARS].sort()).toEqual(['actionUrl', 'recipientName']);
    for (const t of NOTIFICATION_TYPE_NAMES) {
      const def = NOTIFICATION_TYPES[t];
      if (!(def.requiredVars as readonly string[]).includes('actionUrl')) continue;
      if (def.category === 'account' || t === 'objection.confirm_email') expect(def.linkPath).toBeUndefined();
      else expect(def.linkPath).toMatch(/^\//);
    }
  });

  /**
   * Compile-time checks: Jest (SWC) does not type-check, `npm run typecheck` (CI) does, and
   * fails when a `@ts-expect-error` line below stops being an error.
   */
  it('types each definition\'s variables by its event payload (checked by the compiler)', () => {
    const fromPayload: TemplateVar<'application.returned'> = 'correctionDeadline';
    const fromDispatcher: TemplateVar<'application.returned'> = 'recipientName';
    const localized: TemplateVar<'application.withdrawn'> = 'cycleName';
    // @ts-expect-error application.returned's payload has no cycle name
    const notInPayload: TemplateVar<'application.returned'> = 'cycleName';
    // @ts-expect-error the per-locale key is the emitter's, the template sees cycleName
    const localeKey: TemplateVar<'application.withdrawn'> = 'cycleName@en';
    const def: Pick<TypedDefinition<'review.overdue'>, 'type' | 'requiredVars'> = {
      type: 'review.overdue',
      // @ts-expect-error review.overdue's payload has no reference number
      requiredVars: ['recipientName', 'referenceNumber'],
    };
    expect([fromPayload, fromDispatcher, localized, notInPayload, localeKey, def.type]).toHaveLength(6);
  });
});
