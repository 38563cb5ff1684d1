import { APPLICATION_STATUSES, ApplicationStatus, EDITABLE_STATUSES, TRANSITIONS, transitionPairs, transitionRefusal, WORKFLOW_ACTIONS, WorkflowAction, WorkflowActor } from './transitions';

/**
 * domain.md §8, written out by hand: from which statuses each action may start and where it
 * leads. The table must say exactly this; the refusals follow from it.
 */
const EXPECTED: Record<WorkflowAction, { from: ApplicationStatus[]; to: ApplicationStatus; by: WorkflowActor }> = {
  submit: { from: ['draft'], to: 'with_unit', by: 'applicant' },
  resubmit: { from: ['returned'], to: 'submitted', by: 'applicant' },
  resubmit_to_unit: { from: ['returned'], to: 'with_unit', by: 'applicant' },
  unit_return: { from: ['with_unit'], to: 'returned', by: 'unit' },
  unit_recommend: { from: ['with_unit'], to: 'submitted', by: 'unit' },
  unit_decline: { from: ['with_unit'], to: 'rejected', by: 'unit' },
  withdraw: { from: ['draft', 'with_unit', 'submitted', 'returned', 'in_review', 'reviewed'], to: 'withdrawn', by: 'applicant' },
  return_for_correction: { from: ['submitted'], to: 'returned', by: 'admin' },
  accept_qualification: { from: ['submitted'], to: 'in_review', by: 'admin' },
  reject_qualification: { from: ['submitted'], to: 'rejected', by: 'admin' },
  close_overdue_correction: { from: ['returned'], to: 'rejected', by: 'system' },
  complete_review: { from: ['in_review'], to: 'reviewed', by: 'system' },
  committee_pass: { from: ['reviewed'], to: 'public_notice', by: 'admin' },
  committee_fail: { from: ['reviewed'], to: 'rejected', by: 'admin' },
  close_notice: { from: ['public_notice'], to: 'awaiting_confirmation', by: 'system' },
  uphold_objection_reject: { from: ['public_notice'], to: 'rejected', by: 'admin' },
  uphold_objection_rereview: { from: ['public_notice'], to: 'in_review', by: 'admin' },
  decide_appeal_rereview: { from: ['rejected'], to: 'in_review', by: 'admin' },
  confirm_title: { from: ['awaiting_confirmation'], to: 'approved', by: 'authority' },
  revoke: { from: ['approved'], to: 'revoked', by: 'admin' },
};

describe('the transition table', () => {
  it('has every action of the workflow and nothing else', () => {
    expect([...WORKFLOW_ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(WORKFLOW_ACTIONS)('%s starts and ends where domain.md §8 says', (action) => {
    expect([...TRANSITIONS[action].from].sort()).toEqual([...EXPECTED[action].from].sort());
    expect(TRANSITIONS[action].to).toBe(EXPECTED[action].to);
    expect(TRANSITIONS[action].by).toContain(EXPECTED[action].by);
  });

  const cases = WORKFLOW_ACTIONS.flatMap((action) => APPLICATION_STATUSES.map((status) => [action, status] as const));
  it.each(cases)('%s from %s: allowed or refused with the expected reason', (action, status) => {
    expect(transitionRefusal(action, status, EXPECTED[action].by)).toBe(EXPECTED[action].from.includes(status) ? null : 'STATUS');
  });

  it('refuses an action to an actor the table does not name', () => {
    expect(transitionRefusal('submit', 'draft', 'admin')).toBe('ACTOR');
    expect(transitionRefusal('withdraw', 'submitted', 'system')).toBe('ACTOR');
    expect(transitionRefusal('return_for_correction', 'submitted', 'applicant')).toBe('ACTOR');
    // Only the bureau confirms a title: neither the office nor the clock grants one.
    expect(transitionRefusal('confirm_title', 'awaiting_confirmation', 'admin')).toBe('ACTOR');
    expect(transitionRefusal('confirm_title', 'awaiting_confirmation', 'system')).toBe('ACTOR');
  });

  it('leads a clean notice to the bureau, not to the title (domain.md §8 Confirmation)', () => {
    expect(transitionPairs().filter((p) => p.to === 'approved')).toEqual([{ action: 'confirm_title', from: 'awaiting_confirmation', to: 'approved' }]);
    expect(TRANSITIONS.close_notice.event).toBe('application.awaiting_confirmation');
    expect(TRANSITIONS.confirm_title.event).toBe('application.approved');
  });

  it('names statuses that fit the widened status columns (varchar(32))', () => {
    for (const status of APPLICATION_STATUSES) expect(status.length).toBeLessThanOrEqual(32);
  });

  it('lets nothing leave a final status', () => {
    for (const final of ['withdrawn', 'revoked'] as const) expect(transitionPairs().filter((p) => p.from === final)).toEqual([]);
  });

  it('lets the applicant edit exactly the files they can (re)submit', () => {
    expect([...EDITABLE_STATUSES].sort()).toEqual(['draft', 'returned']);
  });

  it('records each action under its own history action and an audit action of the application', () => {
    const histories = WORKFLOW_ACTIONS.map((a) => TRANSITIONS[a].history);
    expect(new Set(histories).size).toBe(histories.length);
    for (const action of WORKFLOW_ACTIONS) expect(TRANSITIONS[action].audit).toMatch(/^application\.[a-z_]+$/);
  });

  it('lists each (action, from) pair once, as the database table keys them', () => {
    const keys = transitionPairs().map((p) => `${p.action}:${p.from}`);
    expect(keys.length).toBe(25);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
