/**
 * Who can receive each notification type, by role: the preferences page lists only the
 * types a person can get (an applicant has no use for a reviewer's reminder switch). The API
 * lists every type to everyone; a type missing here (new in the API) is shown to all.
 */
type Role = 'applicant' | 'reviewer' | 'admin' | 'unit_officer';

const AUDIENCE: Record<string, readonly Role[] | 'everyone'> = {
  'account.verify_email': 'everyone',
  'account.invitation': 'everyone',
  'account.password_reset': 'everyone',
  'account.already_registered': 'everyone',
  'application.submitted': ['applicant'],
  'application.returned': ['applicant'],
  'application.accepted': ['applicant'],
  'application.rejected': ['applicant'],
  'application.withdrawn': ['applicant'],
  'application.returned_by_unit': ['applicant'],
  'application.recommended': ['applicant'],
  'unit.file_received': ['unit_officer'],
  'unit.file_decided': ['unit_officer'],
  'unit.reminder': ['unit_officer'],
  'application.draft_reminder': ['applicant'],
  'application.public_notice': ['applicant'],
  'application.awaiting_confirmation': ['applicant'],
  'application.approved': ['applicant'],
  'appeal.decided': ['applicant'],
  'title.revoked': ['applicant'],
  'review.assigned': ['reviewer'],
  'review.assigned_digest': ['reviewer'],
  'review.reminder': ['reviewer'],
  'review.overdue': ['reviewer'],
  // Committee members are reviewers' or admins' accounts; the office schedules the meetings.
  'committee.meeting_scheduled': ['reviewer', 'admin'],
  'objection.received': ['admin'],
  'appeal.lodged': ['admin'],
  // Sent to whoever objects to a notice, by e-mail only: any account holder may be one.
  'objection.confirm_email': 'everyone',
  'objection.acknowledged': 'everyone',
};

export function shownToRoles(type: string, roles: readonly string[]): boolean {
  const audience = AUDIENCE[type];
  if (audience === undefined || audience === 'everyone') return true;
  return audience.some((r) => roles.includes(r));
}
