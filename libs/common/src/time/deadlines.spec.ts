import { appealDeadlineAfter } from './deadlines';
import { shanghaiDateTime } from './shanghai';

describe('appealDeadlineAfter', () => {
  it('is the decision time plus the window in whole days', () => {
    const decided = new Date('2026-07-01T09:00:00Z');
    expect(appealDeadlineAfter(decided, 15).toISOString()).toBe('2026-07-16T09:00:00.000Z');
    expect(shanghaiDateTime(appealDeadlineAfter(decided, 15))).toBe('2026-07-16 17:00');
    expect(appealDeadlineAfter(decided, 0).getTime()).toBe(decided.getTime());
  });
});
