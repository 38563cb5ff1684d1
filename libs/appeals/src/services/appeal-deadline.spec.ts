import { appealDeadline } from './appeals.service';

describe('appealDeadline', () => {
  const decidedAt = new Date('2026-07-01T02:00:00Z');

  it('is the deadline the rejection recorded and told the applicant', () => {
    expect(appealDeadline({ createdAt: decidedAt, data: { appealDeadline: '2026-07-16T02:00:00.000Z' } }, 30).toISOString()).toBe('2026-07-16T02:00:00.000Z');
  });

  it('is the decision plus the configured days when none was recorded (or it is unreadable)', () => {
    expect(appealDeadline({ createdAt: decidedAt, data: null }, 15).toISOString()).toBe('2026-07-16T02:00:00.000Z');
    expect(appealDeadline({ createdAt: decidedAt, data: { appealDeadline: 'soon' } }, 20).toISOString()).toBe('2026-07-21T02:00:00.000Z');
  });
});
