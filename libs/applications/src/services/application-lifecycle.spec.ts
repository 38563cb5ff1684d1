import { referenceNumber, referencePrefix } from './application-lifecycle';

describe('application lifecycle helpers', () => {
  it('builds reference numbers with the level code and six digits', () => {
    expect(referenceNumber('2026-ID', 'intermediate', 123)).toBe('2026-ID-INT-000123');
    expect(referenceNumber('2026-ID', 'full_senior', 1)).toBe('2026-ID-PRO-000001');
    expect(referenceNumber('2026-ID', 'assistant', 1234567)).toBe('2026-ID-AST-1234567');
    expect(referencePrefix('2026-ID', 'associate_senior')).toBe('2026-ID-SEN-');
  });
});
