import { batchFileIds, DOCUMENT_NUMBER_MAX_LENGTH, isCivilDate, issueDateProblem, normaliseDocumentNumber, repeatsBatch } from './confirmation-rules';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

describe('the approval document number', () => {
  it('is trimmed, ideographic spaces too', () => {
    expect(normaliseDocumentNumber('  渝人社职〔2026〕15号\u3000')).toEqual({ value: '渝人社职〔2026〕15号' });
  });

  it('is refused empty, blank, missing, too long or with control characters, naming the field', () => {
    const code = (raw: unknown) => {
      const r = normaliseDocumentNumber(raw);
      return 'problem' in r ? [r.problem.path, r.problem.code] : null;
    };
    expect(code('')).toEqual(['documentNumber', 'DOCUMENT_NUMBER_REQUIRED']);
    expect(code(' \u3000 ')).toEqual(['documentNumber', 'DOCUMENT_NUMBER_REQUIRED']);
    expect(code(undefined)).toEqual(['documentNumber', 'DOCUMENT_NUMBER_REQUIRED']);
    expect(code(15)).toEqual(['documentNumber', 'DOCUMENT_NUMBER_REQUIRED']);
    expect(code('号'.repeat(DOCUMENT_NUMBER_MAX_LENGTH))).toBeNull();
    expect(code('号'.repeat(DOCUMENT_NUMBER_MAX_LENGTH + 1))).toEqual(['documentNumber', 'DOCUMENT_NUMBER_TOO_LONG']);
    expect(code('渝人社职\n〔2026〕15号')).toEqual(['documentNumber', 'DOCUMENT_NUMBER_FORMAT']);
    expect(code('渝人社职\u0000号')).toEqual(['documentNumber', 'DOCUMENT_NUMBER_FORMAT']);
  });
});

describe('the date of issue', () => {
  it('is a real date not after today (Beijing)', () => {
    expect(issueDateProblem('2026-12-06', '2026-12-06')).toBeNull();
    expect(issueDateProblem('2026-01-31', '2026-12-06')).toBeNull();
    expect(issueDateProblem('2026-12-07', '2026-12-06')?.code).toBe('ISSUE_DATE_IN_FUTURE');
    expect(issueDateProblem('2026-02-30', '2026-12-06')?.code).toBe('ISSUE_DATE_INVALID');
    expect(issueDateProblem('2026-2-3', '2026-12-06')?.code).toBe('ISSUE_DATE_INVALID');
    expect(issueDateProblem(null, '2026-12-06')).toMatchObject({ path: 'issuedOn', code: 'ISSUE_DATE_INVALID' });
  });

  it('knows leap days', () => {
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2026-02-29')).toBe(false);
  });
});

describe('a repeated batch', () => {
  it('is the same date and the same files in any order, repeats and case ignored', () => {
    expect(batchFileIds([C, A, B, A])).toEqual([A, B, C]);
    expect(repeatsBatch({ issuedOn: '2026-12-01', applicationIds: [A, B] }, { issuedOn: '2026-12-01', applicationIds: [B, A.toUpperCase(), B] })).toBe(true);
  });

  it('is not one with another date or other files', () => {
    expect(repeatsBatch({ issuedOn: '2026-12-01', applicationIds: [A, B] }, { issuedOn: '2026-12-02', applicationIds: [A, B] })).toBe(false);
    expect(repeatsBatch({ issuedOn: '2026-12-01', applicationIds: [A, B] }, { issuedOn: '2026-12-01', applicationIds: [A] })).toBe(false);
    expect(repeatsBatch({ issuedOn: '2026-12-01', applicationIds: [A, B] }, { issuedOn: '2026-12-01', applicationIds: [A, C] })).toBe(false);
  });
});
