import { certificateNumber, newVerificationCode, VERIFICATION_CODE_PATTERN } from './certificate-number';

describe('certificateNumber', () => {
  it('is year, province, level digit and a 6-digit sequence', () => {
    expect(certificateNumber(2026, '50', 'intermediate', 1)).toBe('2026502000001');
    expect(certificateNumber(2027, '11', 'full_senior', 123456)).toBe('2027114123456');
    expect(certificateNumber(2026, '50', 'assistant', 1234567)).toBe('20265011234567');
  });

  it('refuses an unknown level, a bad province or sequence', () => {
    expect(() => certificateNumber(2026, '50', 'grandmaster', 1)).toThrow(/level/);
    expect(() => certificateNumber(2026, 'CQ', 'assistant', 1)).toThrow(/province/);
    expect(() => certificateNumber(2026, '50', 'assistant', 0)).toThrow(/sequence/);
  });
});

describe('newVerificationCode', () => {
  it('is 144 random bits in base64url, never repeated', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newVerificationCode()));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(VERIFICATION_CODE_PATTERN);
    expect(Buffer.from([...codes][0], 'base64url').length * 8).toBeGreaterThanOrEqual(128);
  });
});
