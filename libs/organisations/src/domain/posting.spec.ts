import { postingEnded, recommendationRefusal } from './posting';

describe('the internal posting and when the unit may recommend', () => {
  it('has ended only after its last day', () => {
    expect(postingEnded('2026-10-12', '2026-10-12')).toBe(false);
    expect(postingEnded('2026-10-12', '2026-10-13')).toBe(true);
    expect(postingEnded('2026-10-12', '2026-10-01')).toBe(false);
  });

  it('refuses a recommendation without a posting, during it, or without its outcome; allows it after', () => {
    expect(recommendationRefusal(null, '2026-10-20')).toBe('POSTING_REQUIRED');
    expect(recommendationRefusal({ postingEndDate: '2026-10-12', postingOutcome: null }, '2026-10-12')).toBe('POSTING_NOT_ENDED');
    expect(recommendationRefusal({ postingEndDate: '2026-10-12', postingOutcome: 'no_objection' }, '2026-10-12')).toBe('POSTING_NOT_ENDED');
    expect(recommendationRefusal({ postingEndDate: '2026-10-12', postingOutcome: null }, '2026-10-13')).toBe('POSTING_OUTCOME_REQUIRED');
    expect(recommendationRefusal({ postingEndDate: '2026-10-12', postingOutcome: 'objections_handled' }, '2026-10-13')).toBeNull();
  });
});
