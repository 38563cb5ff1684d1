import { actorRoleOf, pathAhead, pathAheadOfFile } from './path-ahead';
import { APPLICATION_STATUSES, TRANSITIONS } from './transitions';

describe('the path ahead, from the transition table', () => {
  it('goes draft -> with_unit -> submitted -> in_review -> reviewed -> public_notice -> awaiting_confirmation -> approved by the table’s actions', () => {
    expect(pathAhead('draft')).toEqual([
      { action: 'submit', to: 'with_unit' },
      { action: 'unit_recommend', to: 'submitted' },
      { action: 'accept_qualification', to: 'in_review' },
      { action: 'complete_review', to: 'reviewed' },
      { action: 'committee_pass', to: 'public_notice' },
      { action: 'close_notice', to: 'awaiting_confirmation' },
      { action: 'confirm_title', to: 'approved' },
    ]);
  });

  it('starts a returned file with its resubmission and a file on notice with the notice closing', () => {
    expect(pathAhead('returned').map((s) => s.action)).toEqual(['resubmit', 'accept_qualification', 'complete_review', 'committee_pass', 'close_notice', 'confirm_title']);
    expect(pathAhead('public_notice')).toEqual([
      { action: 'close_notice', to: 'awaiting_confirmation' },
      { action: 'confirm_title', to: 'approved' },
    ]);
    expect(pathAhead('awaiting_confirmation')).toEqual([{ action: 'confirm_title', to: 'approved' }]);
    expect(pathAhead('with_unit').map((s) => s.action)).toEqual(['unit_recommend', 'accept_qualification', 'complete_review', 'committee_pass', 'close_notice', 'confirm_title']);
  });

  it('starts a file the unit returned with its resubmission to the unit, one the office returned with its resubmission to the office', () => {
    expect(pathAheadOfFile({ status: 'returned', returnedBy: 'unit' }).map((s) => s.action)).toEqual(['resubmit_to_unit', 'unit_recommend', 'accept_qualification', 'complete_review', 'committee_pass', 'close_notice', 'confirm_title']);
    expect(pathAheadOfFile({ status: 'returned', returnedBy: 'office' })).toEqual(pathAhead('returned'));
    expect(pathAheadOfFile({ status: 'returned', returnedBy: null })).toEqual(pathAhead('returned'));
    expect(pathAheadOfFile({ status: 'with_unit' })).toEqual(pathAhead('with_unit'));
  });

  it('has nothing ahead of an ending', () => {
    for (const s of ['approved', 'rejected', 'withdrawn', 'revoked'] as const) expect(pathAhead(s)).toEqual([]);
  });

  it('uses only steps of the table, each from the status the previous one reached', () => {
    for (const status of APPLICATION_STATUSES) {
      let at = status;
      for (const step of pathAhead(status)) {
        expect((TRANSITIONS[step.action].from as readonly string[]).includes(at)).toBe(true);
        expect(TRANSITIONS[step.action].to).toBe(step.to);
        at = step.to;
      }
    }
  });

  it('names who took a recorded step by role', () => {
    expect(actorRoleOf('submitted', 'u-applicant', 'u-applicant')).toBe('applicant');
    expect(actorRoleOf('accepted', 'u-admin', 'u-applicant')).toBe('admin');
    expect(actorRoleOf('reviewed', null, 'u-applicant')).toBe('system');
    expect(actorRoleOf('notice_closed', 'u-admin', 'u-applicant')).toBe('admin');
    expect(actorRoleOf('notice_closed', null, 'u-applicant')).toBe('system');
    expect(actorRoleOf('approved', 'u-officer', 'u-applicant')).toBe('authority');
    expect(actorRoleOf('created', 'u-applicant', 'u-applicant')).toBe('applicant');
    expect(actorRoleOf('recommended', 'u-officer', 'u-applicant')).toBe('unit');
    expect(actorRoleOf('returned_by_unit', 'u-officer', 'u-applicant')).toBe('unit');
  });
});
