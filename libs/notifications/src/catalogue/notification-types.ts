import type { EventPayloads, EventType, PayloadVar } from '@app/outbox';

/**
 * The catalogue of notification types, as data.
 *
 * Each workflow transition (domain.md §8) and each account event emits one of these
 * types; the dispatcher looks the type up here to know who may switch it off, which
 * channels it goes to, which template renders it and which variables the sender
 * must supply. Keeping it as plain data (no Nest, no DB) lets the admin preview,
 * the preference screen and the dispatcher share one source of truth.
 *
 * `essential` decides only whether a person may opt out of the *e-mail*; the inbox
 * copy is always written (where the type has an inbox channel), because the inbox
 * is the record of what the office told the person. A type is essential when
 *  - it concerns account security (verification, invitation, password reset): a
 *    person who switched e-mail off could otherwise lock themselves out, and a
 *    reset they did not ask for must reach them;
 *  - it carries a decision on the person's file (accepted, rejected, returned,
 *    public notice, approved, appeal decided, revoked): decisions start legal
 *    clocks (appeal window, objection period) so the office must be able to show
 *    the person was told;
 *  - it sets or enforces a deadline the person must meet (returned with a
 *    correction deadline, review assigned with a review deadline, review overdue,
 *    a committee meeting whose quorum depends on attendance, an objection that
 *    keeps a public notice open until an admin resolves it);
 *  - it is a receipt for an irreversible act on the file (submitted, withdrawn):
 *    the receipt is the applicant's proof of timely submission, and a withdrawal
 *    they did not make is a sign their account was misused.
 * Reminders (draft_reminder, review.reminder) only repeat what the person already
 * knows, so they respect preferences (domain.md §9: "reminders and digests respect
 * the person's preferences").
 */

export const NOTIFICATION_CATEGORIES = ['account', 'application', 'review', 'committee', 'outcome'] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const NOTIFICATION_CHANNELS = ['inbox', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** Every event type is a notification type: the outbox's EventPayloads lists them (see below). */
export type NotificationType = EventType;

/**
 * Variables the dispatcher adds for every recipient (DeliveryService): their name (only when
 * their address is verified: otherwise the greeting is neutral and names nobody), and the
 * link the message's button opens (the portal's URL plus the type's `linkPath`, or, for the
 * account types, the payload's `linkBase` plus the event's one-time secret). Every other
 * variable a template needs comes from the emitter's payload.
 */
export const DISPATCHER_VARS = ['recipientName', 'actionUrl'] as const;
export type DispatcherVar = (typeof DISPATCHER_VARS)[number];

/** The variables a template of type T may need: what T's emitter supplies, plus the dispatcher's. */
export type TemplateVar<T extends EventType> = PayloadVar<T> | DispatcherVar;

export interface NotificationTypeDefinition {
  readonly type: NotificationType;
  readonly category: NotificationCategory;
  /** Always e-mailed; the person cannot switch the e-mail off. See the file comment. */
  readonly essential: boolean;
  readonly channels: readonly NotificationChannel[];
  /** Key into the template set (templates/). */
  readonly templateKey: string;
  /**
   * Variables the template needs (a spec checks they are exactly the template's); each is
   * in the type's payload or added by the dispatcher, which `define` checks at compile
   * time. `officeName` and `recipientName` are never listed: both are optional (the office's
   * name has a default; without a recipient's name the greeting is neutral).
   */
  readonly requiredVars: readonly string[];
  /**
   * In-app link for the inbox entry, with `{var}` placeholders filled from the
   * notification's variables (see `buildLinkPath`); each placeholder must be a payload
   * variable of the type (checked by `define` at compile time). Absent for e-mail-only
   * types, which have no inbox entry to link from.
   */
  readonly linkPath?: string;
}

/** The definition of type T as written in the catalogue: its variables checked against T's payload. */
export interface TypedDefinition<T extends EventType> extends NotificationTypeDefinition {
  readonly type: T;
  readonly requiredVars: readonly TemplateVar<T>[];
}

/** The `{var}` placeholders of a link path, as a union of names. */
type LinkVars<L extends string> = L extends `${string}{${infer V}}${infer Rest}` ? V | LinkVars<Rest> : never;

/** Nothing when every placeholder of L is a payload variable of T; otherwise a property no definition has, naming the stray ones. */
type CheckedLink<T extends EventType, L extends string> = [Exclude<LinkVars<L>, keyof EventPayloads[T]>] extends [never]
  ? unknown
  : { readonly linkVariableNotInPayload: Exclude<LinkVars<L>, keyof EventPayloads[T]> };

// Account messages go to people who may not be able to sign in yet (unverified,
// invited, locked out), so an inbox copy would never be read.
const EMAIL_ONLY: readonly NotificationChannel[] = ['email'];
const INBOX_AND_EMAIL: readonly NotificationChannel[] = ['inbox', 'email'];

const APPLICATION_LINK = '/applications/{applicationId}';
/** A recommending unit's officer opens the file on the unit's pages. */
const UNIT_FILE_LINK = '/unit/files/{applicationId}';

/**
 * One catalogue entry, checked at compile time against the outbox's EventPayloads: a
 * required variable that is neither in T's payload nor added by the dispatcher, or a link
 * placeholder not in T's payload, fails to compile. Frozen so a consumer cannot mutate the
 * shared catalogue at runtime.
 */
function define<T extends EventType, L extends string = never>(
  def: Omit<TypedDefinition<T>, 'linkPath'> & { readonly linkPath?: L } & CheckedLink<T, L>,
): TypedDefinition<T> {
  return Object.freeze({ ...def, channels: Object.freeze([...def.channels]), requiredVars: Object.freeze([...def.requiredVars]) });
}

/** Every event type's definition; the mapped type makes a missing or unknown type a compile error. */
export const NOTIFICATION_TYPES: { readonly [T in EventType]: TypedDefinition<T> } = Object.freeze({
  // --- account ---------------------------------------------------------------
  'account.verify_email': define({
    type: 'account.verify_email',
    category: 'account',
    essential: true,
    channels: EMAIL_ONLY,
    templateKey: 'account.verify_email',
    requiredVars: ['actionUrl', 'expiresInHours'],
  }),
  'account.invitation': define({
    type: 'account.invitation',
    category: 'account',
    essential: true,
    channels: EMAIL_ONLY,
    templateKey: 'account.invitation',
    requiredVars: ['role', 'actionUrl', 'expiresInDays'],
  }),
  'account.password_reset': define({
    type: 'account.password_reset',
    category: 'account',
    essential: true,
    channels: EMAIL_ONLY,
    templateKey: 'account.password_reset',
    requiredVars: ['actionUrl', 'expiresInMinutes'],
  }),
  // Registration with an address that has an account answers as for a new one; the owner
  // is told instead (no account is created, nothing the registrant typed is in the message).
  'account.already_registered': define({
    type: 'account.already_registered',
    category: 'account',
    essential: true,
    channels: EMAIL_ONLY,
    templateKey: 'account.already_registered',
    requiredVars: ['loginUrl', 'resetUrl'],
  }),

  // --- application -----------------------------------------------------------
  'application.submitted': define({
    type: 'application.submitted',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.submitted',
    requiredVars: ['referenceNumber', 'cycleName', 'level', 'specialty', 'submittedAt', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.returned': define({
    type: 'application.returned',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.returned',
    requiredVars: ['referenceNumber', 'reason', 'correctionDeadline', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.accepted': define({
    type: 'application.accepted',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.accepted',
    requiredVars: ['referenceNumber', 'cycleName', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.rejected': define({
    type: 'application.rejected',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.rejected',
    requiredVars: ['referenceNumber', 'stage', 'reason', 'appealDeadline', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.withdrawn': define({
    type: 'application.withdrawn',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.withdrawn',
    requiredVars: ['referenceNumber', 'cycleName', 'withdrawnAt', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.returned_by_unit': define({
    type: 'application.returned_by_unit',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.returned_by_unit',
    requiredVars: ['referenceNumber', 'unitName', 'reason', 'correctionDeadline', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.recommended': define({
    type: 'application.recommended',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.recommended',
    requiredVars: ['referenceNumber', 'unitName', 'recommendedAt', 'postingStartDate', 'postingEndDate', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  // --- recommending unit (to its officers) -------------------------------------
  // A file waiting for the unit starts the unit's work: essential, like a review assignment.
  'unit.file_received': define({
    type: 'unit.file_received',
    category: 'application',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'unit.file_received',
    requiredVars: ['referenceNumber', 'unitName', 'cycleName', 'applicantName', 'actionUrl'],
    linkPath: UNIT_FILE_LINK,
  }),
  // Colleagues learn what one officer decided; it asks nothing of them, so they may switch the e-mail off.
  'unit.file_decided': define({
    type: 'unit.file_decided',
    category: 'application',
    essential: false,
    channels: INBOX_AND_EMAIL,
    templateKey: 'unit.file_decided',
    requiredVars: ['referenceNumber', 'unitName', 'applicantName', 'unitOutcome', 'actionUrl'],
    linkPath: UNIT_FILE_LINK,
  }),
  'unit.reminder': define({
    type: 'unit.reminder',
    category: 'application',
    essential: false,
    channels: INBOX_AND_EMAIL,
    templateKey: 'unit.reminder',
    requiredVars: ['referenceNumber', 'unitName', 'applicantName', 'days', 'submittedAt', 'actionUrl'],
    linkPath: UNIT_FILE_LINK,
  }),
  'application.draft_reminder': define({
    type: 'application.draft_reminder',
    category: 'application',
    essential: false,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.draft_reminder',
    requiredVars: ['cycleName', 'daysLeft', 'windowClosesAt', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),

  // --- review ----------------------------------------------------------------
  // Reviewer messages name the file by reference number, level and specialty only:
  // applicant names stay inside the portal, where access is checked and conflicts
  // have been screened.
  'review.assigned': define({
    type: 'review.assigned',
    category: 'review',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'review.assigned',
    requiredVars: ['referenceNumber', 'cycleName', 'level', 'specialty', 'reviewDeadline', 'actionUrl'],
    linkPath: '/reviews/{assignmentId}',
  }),
  'review.assigned_digest': define({
    type: 'review.assigned_digest',
    category: 'review',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'review.assigned_digest',
    requiredVars: ['assignedCount', 'references', 'cycleName', 'reviewDeadline', 'actionUrl'],
    linkPath: '/reviews',
  }),
  'review.reminder': define({
    type: 'review.reminder',
    category: 'review',
    essential: false,
    channels: INBOX_AND_EMAIL,
    templateKey: 'review.reminder',
    requiredVars: ['cycleName', 'pendingCount', 'reviewDeadline', 'daysLeft', 'actionUrl'],
    linkPath: '/reviews',
  }),
  'review.overdue': define({
    type: 'review.overdue',
    category: 'review',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'review.overdue',
    requiredVars: ['cycleName', 'pendingCount', 'reviewDeadline', 'actionUrl'],
    linkPath: '/reviews',
  }),

  // --- committee -------------------------------------------------------------
  'committee.meeting_scheduled': define({
    type: 'committee.meeting_scheduled',
    category: 'committee',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'committee.meeting_scheduled',
    requiredVars: ['committeeName', 'cycleName', 'meetingAt', 'location', 'actionUrl'],
    linkPath: '/committee/meetings/{meetingId}',
  }),
  'application.public_notice': define({
    type: 'application.public_notice',
    category: 'committee',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.public_notice',
    requiredVars: ['referenceNumber', 'cycleName', 'noticeStartDate', 'noticeEndDate', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'objection.received': define({
    type: 'objection.received',
    category: 'committee',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'objection.received',
    requiredVars: ['objectionReference', 'referenceNumber', 'applicantName', 'receivedAt', 'actionUrl'],
    linkPath: '/admin/objections/{objectionId}',
  }),
  // The objector is a member of the public with no account: e-mail is the only
  // channel. The first message to their address only asks them to confirm it (a one-time
  // link, nothing they typed); the receipt follows once they have.
  'objection.confirm_email': define({
    type: 'objection.confirm_email',
    category: 'committee',
    essential: true,
    channels: EMAIL_ONLY,
    templateKey: 'objection.confirm_email',
    requiredVars: ['actionUrl', 'expiresInHours'],
  }),
  // The receipt carries no portal link.
  'objection.acknowledged': define({
    type: 'objection.acknowledged',
    category: 'committee',
    essential: true,
    channels: EMAIL_ONLY,
    templateKey: 'objection.acknowledged',
    requiredVars: ['objectionReference', 'applicantName', 'receivedAt'],
  }),

  // --- outcome ---------------------------------------------------------------
  // The notice's clean end is a decision on the file (no objection upheld), though not yet the title.
  'application.awaiting_confirmation': define({
    type: 'application.awaiting_confirmation',
    category: 'outcome',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.awaiting_confirmation',
    requiredVars: ['referenceNumber', 'level', 'specialty', 'noticeClosedOn', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'application.approved': define({
    type: 'application.approved',
    category: 'outcome',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'application.approved',
    requiredVars: ['referenceNumber', 'level', 'specialty', 'certificateNumber', 'approvedAt', 'approvalDocumentNumber', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'appeal.decided': define({
    type: 'appeal.decided',
    category: 'outcome',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'appeal.decided',
    requiredVars: ['referenceNumber', 'outcome', 'decisionNote', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
  'appeal.lodged': define({
    type: 'appeal.lodged',
    category: 'outcome',
    // An appeal must be decided: admins cannot switch it off (like an objection).
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'appeal.lodged',
    requiredVars: ['referenceNumber', 'applicantName', 'lodgedAt', 'actionUrl'],
    linkPath: '/admin/appeals/{appealId}',
  }),
  'title.revoked': define({
    type: 'title.revoked',
    category: 'outcome',
    essential: true,
    channels: INBOX_AND_EMAIL,
    templateKey: 'title.revoked',
    requiredVars: ['referenceNumber', 'certificateNumber', 'level', 'reason', 'barredUntil', 'actionUrl'],
    linkPath: APPLICATION_LINK,
  }),
});

/** Every type, in catalogue order (the order people see in their preferences). */
export const NOTIFICATION_TYPE_NAMES: readonly NotificationType[] = Object.freeze(Object.keys(NOTIFICATION_TYPES) as NotificationType[]);

const TYPE_SET: ReadonlySet<string> = new Set(NOTIFICATION_TYPE_NAMES);

export function isNotificationType(x: unknown): x is NotificationType {
  return typeof x === 'string' && TYPE_SET.has(x);
}

export class UnknownNotificationTypeError extends Error {
  readonly code = 'NOTIFICATION_TYPE_UNKNOWN';
  constructor(readonly notificationType: string) {
    super(`Unknown notification type "${notificationType}"`);
    this.name = 'UnknownNotificationTypeError';
  }
}

/**
 * The definition of a type. Accepts a plain string because types arrive from queue
 * payloads and stored rows; an unknown one is a programming or data error, so it
 * throws rather than silently dropping the message.
 */
export function notificationType(type: string): NotificationTypeDefinition {
  if (!isNotificationType(type)) throw new UnknownNotificationTypeError(type);
  return NOTIFICATION_TYPES[type];
}

/** Types whose e-mail a person may switch off in their preferences. */
export const OPTIONAL_TYPES: readonly NotificationType[] = Object.freeze(
  NOTIFICATION_TYPE_NAMES.filter((t) => !NOTIFICATION_TYPES[t].essential),
);

const LINK_PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** Names of the variables a type's `linkPath` needs (e.g. `applicationId`). */
export function linkPathVars(def: NotificationTypeDefinition): string[] {
  if (!def.linkPath) return [];
  return [...def.linkPath.matchAll(LINK_PLACEHOLDER)].map((m) => m[1]);
}

/**
 * Fills a type's `linkPath` from the notification's variables. Values are
 * URI-encoded so an id can never add path segments or a query. Returns null for
 * types without an in-app link; throws when a link variable is missing, since a
 * dead link in the inbox is worse than a failed enqueue the sender can fix.
 */
export function buildLinkPath(
  def: NotificationTypeDefinition,
  vars: Record<string, string | number | null | undefined>,
): string | null {
  if (!def.linkPath) return null;
  return def.linkPath.replace(LINK_PLACEHOLDER, (_, name: string) => {
    const value = vars[name];
    if (value === null || value === undefined || String(value).trim() === '') {
      throw new Error(`Link for notification type "${def.type}" needs variable "${name}"`);
    }
    return encodeURIComponent(String(value));
  });
}
