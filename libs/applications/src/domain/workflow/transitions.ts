/**
 * The workflow of an application file (domain.md §8) as one table: every status change
 * is an action of this table, taken by ApplicationWorkflow.take(), which locks the file,
 * checks the row of the action, applies the action's own rule and writes status, history,
 * audit entry and outbox event in one transaction. A database trigger refuses any other
 * change of `applications.status` (migration ApplicationTransitions: the pairs below).
 *
 * To add an action: add its row here, a migration inserting its (action, from, to) pairs
 * into application_transitions (the spec compares the two), and its rule where the
 * service that owns the decision calls ApplicationWorkflow.take().
 */

export const APPLICATION_STATUSES = [
  'draft',
  'with_unit',
  'submitted',
  'returned',
  'in_review',
  'reviewed',
  'public_notice',
  'awaiting_confirmation',
  'approved',
  'rejected',
  'withdrawn',
  'revoked',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Who takes an action: a person in a role, or the portal itself (scheduler, a completed step).
 * `unit`: an officer of the file's recommending unit (employer, district sub-centre or the
 * partner association); `authority`: the human-resources bureau's officer.
 */
export type WorkflowActor = 'applicant' | 'unit' | 'admin' | 'authority' | 'system';

/** What an action needs besides the file. */
export type WorkflowInput = 'declaration' | 'reason' | 'correctionDeadline' | 'confirmation' | 'approvalDocument';

/** Outbox events a transition may emit (names from the notification catalogue). */
export type WorkflowEvent =
  | 'application.submitted'
  | 'application.withdrawn'
  | 'application.returned'
  | 'application.returned_by_unit'
  | 'application.recommended'
  | 'application.accepted'
  | 'application.rejected'
  | 'application.public_notice'
  | 'application.awaiting_confirmation'
  | 'application.approved'
  | 'appeal.decided'
  | 'title.revoked';

export interface TransitionDefinition {
  /** Statuses the action may start from. */
  readonly from: readonly ApplicationStatus[];
  /** The status it leads to. */
  readonly to: ApplicationStatus;
  readonly by: readonly WorkflowActor[];
  readonly inputs: readonly WorkflowInput[];
  /** application_history.action */
  readonly history: string;
  /** audit_log.action */
  readonly audit: string;
  /** The notification it emits (null: none; some rules emit only when a message is due, e.g. a draft's withdrawal). */
  readonly event: WorkflowEvent | null;
}

/** Withdrawal is allowed until the committee votes (domain.md §8). */
const BEFORE_THE_VOTE: readonly ApplicationStatus[] = ['draft', 'with_unit', 'submitted', 'returned', 'in_review', 'reviewed'];

export const TRANSITIONS = {
  // Submission goes to the recommending unit first (单位推荐, domain.md §8).
  submit: {
    from: ['draft'], to: 'with_unit', by: ['applicant'], inputs: ['declaration'],
    history: 'submitted', audit: 'application.submitted', event: 'application.submitted',
  },
  // A file the office returned goes back to the office; one the unit returned goes back to the unit.
  resubmit: {
    from: ['returned'], to: 'submitted', by: ['applicant'], inputs: ['declaration'],
    history: 'resubmitted', audit: 'application.resubmitted', event: 'application.submitted',
  },
  resubmit_to_unit: {
    from: ['returned'], to: 'with_unit', by: ['applicant'], inputs: ['declaration'],
    history: 'resubmitted_to_unit', audit: 'application.resubmitted', event: 'application.submitted',
  },
  unit_return: {
    from: ['with_unit'], to: 'returned', by: ['unit'], inputs: ['reason', 'correctionDeadline'],
    history: 'returned_by_unit', audit: 'application.returned_by_unit', event: 'application.returned_by_unit',
  },
  unit_recommend: {
    from: ['with_unit'], to: 'submitted', by: ['unit'], inputs: [],
    history: 'recommended', audit: 'application.recommended', event: 'application.recommended',
  },
  unit_decline: {
    from: ['with_unit'], to: 'rejected', by: ['unit'], inputs: ['reason'],
    history: 'declined_by_unit', audit: 'application.declined_by_unit', event: 'application.rejected',
  },
  withdraw: {
    from: BEFORE_THE_VOTE, to: 'withdrawn', by: ['applicant'], inputs: ['reason'],
    history: 'withdrawn', audit: 'application.withdrawn', event: 'application.withdrawn',
  },
  return_for_correction: {
    from: ['submitted'], to: 'returned', by: ['admin'], inputs: ['reason', 'correctionDeadline'],
    history: 'returned', audit: 'application.returned', event: 'application.returned',
  },
  accept_qualification: {
    from: ['submitted'], to: 'in_review', by: ['admin'], inputs: ['confirmation'],
    history: 'accepted', audit: 'application.accepted', event: 'application.accepted',
  },
  reject_qualification: {
    from: ['submitted'], to: 'rejected', by: ['admin'], inputs: ['reason'],
    history: 'rejected', audit: 'application.rejected', event: 'application.rejected',
  },
  close_overdue_correction: {
    from: ['returned'], to: 'rejected', by: ['system'], inputs: [],
    history: 'correction_overdue', audit: 'application.correction_overdue', event: 'application.rejected',
  },
  complete_review: {
    from: ['in_review'], to: 'reviewed', by: ['system'], inputs: [],
    history: 'reviewed', audit: 'application.reviewed', event: null,
  },
  committee_pass: {
    from: ['reviewed'], to: 'public_notice', by: ['admin'], inputs: [],
    history: 'committee_passed', audit: 'application.committee_passed', event: 'application.public_notice',
  },
  committee_fail: {
    from: ['reviewed'], to: 'rejected', by: ['admin'], inputs: [],
    history: 'committee_failed', audit: 'application.committee_failed', event: 'application.rejected',
  },
  // A clean notice does not grant the title: the bureau confirms it (confirm_title).
  close_notice: {
    from: ['public_notice'], to: 'awaiting_confirmation', by: ['system', 'admin'], inputs: [],
    history: 'notice_closed', audit: 'application.notice_closed', event: 'application.awaiting_confirmation',
  },
  uphold_objection_reject: {
    from: ['public_notice'], to: 'rejected', by: ['admin'], inputs: ['reason'],
    history: 'objection_upheld', audit: 'application.objection_upheld', event: 'application.rejected',
  },
  uphold_objection_rereview: {
    from: ['public_notice'], to: 'in_review', by: ['admin'], inputs: ['reason'],
    history: 'objection_upheld_rereview', audit: 'application.objection_upheld', event: null,
  },
  decide_appeal_rereview: {
    from: ['rejected'], to: 'in_review', by: ['admin'], inputs: ['reason'],
    history: 'appeal_rereview', audit: 'application.appeal_decided', event: 'appeal.decided',
  },
  // The bureau's officer confirms a batch with an approval document number and a date of issue; the certificate is issued then.
  confirm_title: {
    from: ['awaiting_confirmation'], to: 'approved', by: ['authority'], inputs: ['approvalDocument'],
    history: 'approved', audit: 'application.approved', event: 'application.approved',
  },
  revoke: {
    from: ['approved'], to: 'revoked', by: ['admin'], inputs: ['reason'],
    history: 'revoked', audit: 'application.revoked', event: 'title.revoked',
  },
} as const satisfies Record<string, TransitionDefinition>;

export type WorkflowAction = keyof typeof TRANSITIONS;
export const WORKFLOW_ACTIONS = Object.keys(TRANSITIONS) as WorkflowAction[];

/** The applicant may change the file's data in these states: those it can be (re)submitted from. */
export const EDITABLE_STATUSES: readonly ApplicationStatus[] = [...TRANSITIONS.submit.from, ...TRANSITIONS.resubmit.from];

/** Who sent a returned file back: it goes back there when resubmitted (resubmit / resubmit_to_unit). */
export type ReturnedBy = 'unit' | 'office';

/** Why an action cannot be taken now (null: it can). */
export type TransitionRefusal = 'STATUS' | 'ACTOR';

/** Whether `actor` may take `action` on a file in `status`, by the table alone (the action's own rule comes after). */
export function transitionRefusal(action: WorkflowAction, status: ApplicationStatus, actor: WorkflowActor): TransitionRefusal | null {
  const row: TransitionDefinition = TRANSITIONS[action];
  if (!row.by.includes(actor)) return 'ACTOR';
  if (!row.from.includes(status)) return 'STATUS';
  return null;
}

/** Every (action, from, to) the table allows: what the database trigger allows. */
export function transitionPairs(): { action: WorkflowAction; from: ApplicationStatus; to: ApplicationStatus }[] {
  return WORKFLOW_ACTIONS.flatMap((action) => {
    const row: TransitionDefinition = TRANSITIONS[action];
    return row.from.map((from) => ({ action, from, to: row.to }));
  });
}
