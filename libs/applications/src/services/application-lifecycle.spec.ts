import { referenceNumber, shanghaiDateTime } from './application-lifecycle';

describe('application lifecycle helpers', () => {
  it('builds reference numbers with the level code and six digits', () => {
    expect(referenceNumber('2026-ID', 'intermediate', 123)).toBe('2026-ID-INT-000123');
    expect(referenceNumber('2026-ID', 'full_senior', 1)).toBe('2026-ID-PRO-000001');
  });
  it('formats instants in Asia/Shanghai', () => {
    expect(shanghaiDateTime(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01 00:30');
  });
});
