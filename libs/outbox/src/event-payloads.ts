/**
 * Every event the outbox carries, with the payload its emitter supplies: emitting an event
 * with a variable missing, misspelt or of the wrong type fails to compile. The notification
 * catalogue (@app/notifications) is checked against this map at compile time, so a template
 * that starts needing a variable no emitter supplies fails to compile too.
 *
 * Conventions (see the templates in @app/notifications):
 *  - dates and times are strings already formatted in Asia/Shanghai time ("2026-06-15 17:00");
 *  - enumerations (level, specialty, stage, outcome, role) are their stable keys;
 *  - names an emitter holds in both languages (a cycle's, a committee's) are given once per
 *    locale (`Localized`), and each reader sees the one in their language;
 *  - ids name what the in-app link points at (applicationId, assignmentId ...).
 * Not listed, because the dispatcher adds them per recipient: `recipientName`, and `actionUrl`
 * (the portal's URL plus the type's link, or `linkBase` plus the event's one-time secret).
 */
export interface EventPayloads {
  // --- account: the link carries a one-time token (the event's secret) -------
  'account.verify_email': TokenLink & { expiresInHours: number };
  'account.invitation': TokenLink & { role: string; expiresInDays: number };
  'account.password_reset': TokenLink & { expiresInMinutes: number };
  /** To the owner of an address someone tried to register again: the portal's login and reset pages (no token, no name). */
  'account.already_registered': { loginUrl: string; resetUrl: string };

  // --- application ------------------------------------------------------------
  'application.submitted': OfApplication & Localized<'cycleName'> & { level: string; specialty: string; submittedAt: string };
  'application.returned': OfApplication & { reason: string; correctionDeadline: string };
  'application.accepted': OfApplication & Localized<'cycleName'>;
  'application.rejected': OfApplication & { stage: string; reason: string; appealDeadline: string };
  'application.withdrawn': OfApplication & Localized<'cycleName'> & { withdrawnAt: string };
  /** The recommending unit returned the file for correction (单位退回). */
  'application.returned_by_unit': OfApplication & Localized<'unitName'> & { reason: string; correctionDeadline: string };
  /** The recommending unit recommended the file after its internal posting: on to the office's qualification check. */
  'application.recommended': OfApplication & Localized<'unitName'> & { recommendedAt: string; postingStartDate: string; postingEndDate: string };
  /** A draft has no reference number yet. */
  'application.draft_reminder': { applicationId: string; daysLeft: number; windowClosesAt: string } & Localized<'cycleName'>;

  // --- recommending unit (to the unit's officers) -------------------------------
  /** A file was submitted (or resubmitted) to the unit: check it, post it internally, recommend. */
  'unit.file_received': OfApplication & Localized<'unitName'> & Localized<'cycleName'> & { applicantName: string };
  /** One of the unit's officers acted on a file (unitOutcome: recommended / declined / returned). */
  'unit.file_decided': OfApplication & Localized<'unitName'> & { applicantName: string; unitOutcome: string };
  /** The unit has held a file for `days` days or more without deciding. */
  'unit.reminder': OfApplication & Localized<'unitName'> & { applicantName: string; days: number; submittedAt: string };

  // --- review -----------------------------------------------------------------
  /** `reviewDeadline` in both languages: a date, or words saying none is set yet (a blank one would fail to render, and the reviewer would never be told). */
  'review.assigned': { assignmentId: string; referenceNumber: string; level: string; specialty: string } & Localized<'cycleName'> & Localized<'reviewDeadline'>;
  /** One per reviewer and automatic run, instead of one per assignment (a national run makes millions). */
  'review.assigned_digest': { assignedCount: number } & Localized<'cycleName'> & Localized<'reviewDeadline'> & Localized<'references'>;
  'review.reminder': { pendingCount: number; reviewDeadline: string; daysLeft: number } & Localized<'cycleName'>;
  'review.overdue': { pendingCount: number; reviewDeadline: string } & Localized<'cycleName'>;

  // --- committee, public notice, objections -----------------------------------
  'committee.meeting_scheduled': { meetingId: string; meetingAt: string; location: string } & Localized<'committeeName'> & Localized<'cycleName'>;
  'application.public_notice': OfApplication & Localized<'cycleName'> & { noticeStartDate: string; noticeEndDate: string };
  'objection.received': { objectionId: string; objectionReference: string; referenceNumber: string; applicantName: string; receivedAt: string };
  /** To an objector's e-mail address before anything else: the link confirms they read it (nothing they typed is in it). */
  'objection.confirm_email': TokenLink & { expiresInHours: number };
  /** To the objector once their address is confirmed, a member of the public: no ids, no link. */
  'objection.acknowledged': { objectionReference: string; applicantName: string; receivedAt: string };

  // --- outcome ----------------------------------------------------------------
  /** The notice closed without an upheld objection: the file waits for the bureau's confirmation (no title yet). */
  'application.awaiting_confirmation': OfApplication & { level: string; specialty: string; noticeClosedOn: string };
  /** The bureau confirmed the title: `approvedAt` is the approval document's date of issue. */
  'application.approved': OfApplication & { level: string; specialty: string; certificateNumber: string; approvedAt: string; approvalDocumentNumber: string };
  'appeal.decided': OfApplication & { outcome: string; decisionNote: string };
  /** To the admins: a rejected applicant appealed (the link opens the appeal). */
  'appeal.lodged': OfApplication & { appealId: string; applicantName: string; lodgedAt: string };
  'title.revoked': OfApplication & { certificateNumber: string; level: string; reason: string; barredUntil: string };
}

export type EventType = keyof EventPayloads;
export type EventPayload<T extends EventType> = EventPayloads[T];

/** The languages a message can be written in (a recipient's locale). */
export const OUTBOX_LOCALES = ['zh-CN', 'en'] as const;
export type OutboxLocale = (typeof OUTBOX_LOCALES)[number];

/** `name@zh-CN` and `name@en`: the dispatcher gives each reader the one in their language as `name`. */
export type Localized<N extends string> = { [K in `${N}@${OutboxLocale}`]: string };

/** A message about one application file: the in-app link and the reference number people quote. */
export interface OfApplication {
  applicationId: string;
  referenceNumber: string;
}

/** The page the link opens; the dispatcher appends the event's one-time secret as `?token=`. */
export interface TokenLink {
  linkBase: string;
}

/**
 * The variable names a payload gives the templates: a `Localized` pair counts as its plain
 * name (`cycleName@zh-CN` and `cycleName@en` give `cycleName`).
 */
export type PayloadVar<T extends EventType> = { [K in keyof EventPayloads[T] & string]: K extends `${infer N}@${OutboxLocale}` ? N : K }[keyof EventPayloads[T] & string];
