import { atLeastShareOf, membershipProblems, passes, quorumRequired, termProblems } from './rules';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`);

describe('committee rules', () => {
  describe('quorum', () => {
    it.each([
      [25, 17],
      [24, 16],
      [23, 16],
      [11, 8],
      [3, 2],
      [1, 1],
    ])('%i members need %i present for 2/3', (members, required) => {
      expect(quorumRequired(members, { numerator: 2, denominator: 3 })).toBe(required);
      // The smallest count meeting present * 3 >= members * 2, checked the long way.
      expect(required * 3 >= members * 2 && (required - 1) * 3 < members * 2).toBe(true);
    });

    it('follows another configured share', () => {
      expect(quorumRequired(25, { numerator: 3, denominator: 4 })).toBe(19);
      expect(quorumRequired(24, { numerator: 1, denominator: 2 })).toBe(12);
      expect(atLeastShareOf(0, { numerator: 2, denominator: 3 })).toBe(0);
    });
  });

  describe('two-thirds majority of the entitled present members', () => {
    it.each([
      [16, 24, true],
      [15, 24, false],
      [15, 23, false],
      [16, 23, true],
      [15, 22, true],
      [16, 25, false],
      [17, 25, true],
      [2, 3, true],
      [1, 2, false],
      [0, 0, false],
    ])('%i yes of %i entitled: passes %s', (yes, entitled, expected) => {
      expect(passes(yes, entitled)).toBe(expected);
    });

    it('agrees with exact rational arithmetic for every count up to 60', () => {
      for (let entitled = 1; entitled <= 60; entitled++) {
        for (let yes = 0; yes <= entitled; yes++) expect(passes(yes, entitled)).toBe(yes / entitled >= 2 / 3 - 1e-12 && 3 * yes >= 2 * entitled);
      }
    });
  });

  describe('membership', () => {
    it('accepts an odd membership at the minimum with the chair among the members', () => {
      expect(membershipProblems(ids(25), 'm0', 25)).toEqual([]);
    });

    it('refuses an even count, naming memberIds and the count', () => {
      expect(membershipProblems(ids(26), 'm0', 25)).toEqual([expect.objectContaining({ path: 'memberIds', code: 'COMMITTEE_SIZE_EVEN', message: expect.stringContaining('26') })]);
    });

    it('refuses fewer than the minimum', () => {
      expect(membershipProblems(ids(23), 'm0', 25)).toEqual([expect.objectContaining({ path: 'memberIds', code: 'COMMITTEE_TOO_SMALL', message: expect.stringContaining('at least 25') })]);
    });

    it('refuses a chair who is not a member and a member listed twice', () => {
      const codes = membershipProblems(['a', 'b', 'b'], 'z', 1).map((p) => `${p.path}:${p.code}`);
      expect(codes).toEqual(expect.arrayContaining(['memberIds:MEMBERS_DUPLICATED', 'memberIds:COMMITTEE_SIZE_EVEN', 'chairId:CHAIR_NOT_MEMBER']));
    });
  });

  describe('term', () => {
    it('accepts up to the day before the third anniversary', () => {
      expect(termProblems('2026-01-01', '2028-12-31')).toEqual([]);
    });

    it('refuses three years and a day, naming termEnd', () => {
      expect(termProblems('2026-01-01', '2029-01-01')).toEqual([expect.objectContaining({ path: 'termEnd', code: 'TERM_TOO_LONG' })]);
    });

    it('refuses an end before the start and impossible dates', () => {
      expect(termProblems('2026-05-01', '2026-04-30')).toEqual([expect.objectContaining({ path: 'termEnd', code: 'TERM_ORDER' })]);
      expect(termProblems('2026-02-30', '2027-01-01')).toEqual([expect.objectContaining({ path: 'termStart', code: 'FIELD_DATE' })]);
    });
  });
});
