import { validateResidentId } from '@app/applications';
import { DEMO_DESIGNERS, DEMO_MEMBERS, demoResidentId } from './demo-people';

describe('the demo people', () => {
  it('have valid identity numbers of their own, with their date of birth and sex in them', () => {
    const numbers = DEMO_DESIGNERS.map((d, i) => demoResidentId(d, i));
    expect(new Set(numbers).size).toBe(DEMO_DESIGNERS.length);
    for (const [i, d] of DEMO_DESIGNERS.entries()) {
      const result = validateResidentId(numbers[i], '2026-12-06');
      expect({ email: d.email, result }).toMatchObject({ email: d.email, result: { ok: true, birthDate: d.birthDate } });
      expect(Number(numbers[i][16]) % 2).toBe(d.gender === 'male' ? 1 : 0);
    }
  });

  it('have one account each, and the committee an odd eleven with the two demo reviewers', () => {
    const emails = [...DEMO_DESIGNERS.map((d) => d.email), ...DEMO_MEMBERS.map((m) => m.email)];
    expect(new Set(emails).size).toBe(emails.length);
    expect(DEMO_MEMBERS.length + 2).toBe(11);
    expect(new Set(DEMO_DESIGNERS.map((d) => d.file)).size).toBe(DEMO_DESIGNERS.length);
  });
});
