import {
  checkUploadSize,
  DEFAULT_EVIDENCE_RULES,
  detectMediaType,
  EVIDENCE_KINDS,
  evidenceChangeableIn,
  isEvidenceKind,
  missingEvidence,
  requiredEvidence,
} from './evidence-rules';
import { TitleLevel } from './form-data';
import { EDITABLE_STATUSES } from './workflow/transitions';

const COMMON = [
  'identity_document',
  'degree_certificate',
  'employer_recommendation',
  'employer_internal_notice',
  'portfolio',
  'continuing_education_proof',
];

function kinds(level: TitleLevel, opts: { crossProvincial?: boolean; exceptionalRoute?: boolean; hasCurrentTitle?: boolean } = {}) {
  return requiredEvidence(DEFAULT_EVIDENCE_RULES, {
    level,
    crossProvincial: opts.crossProvincial ?? false,
    exceptionalRoute: opts.exceptionalRoute ?? false,
    hasCurrentTitle: opts.hasCurrentTitle ?? false,
  });
}

describe('evidence rules', () => {
  it('knows the ten kinds (nine of the file, one of its appeal) and the default limits', () => {
    expect(EVIDENCE_KINDS).toHaveLength(10);
    expect(isEvidenceKind('portfolio')).toBe(true);
    expect(isEvidenceKind('selfie')).toBe(false);
    expect(DEFAULT_EVIDENCE_RULES.maxFileBytes).toBe(20 * 1024 * 1024);
    expect(DEFAULT_EVIDENCE_RULES.maxTotalBytes).toBe(200 * 1024 * 1024);
  });

  it.each([
    ['assistant', false, COMMON],
    ['assistant', true, COMMON],
    ['intermediate', false, COMMON],
    ['intermediate', true, [...COMMON, 'title_certificate']],
    ['associate_senior', false, [...COMMON, 'title_certificate']],
    ['associate_senior', true, [...COMMON, 'title_certificate']],
    ['full_senior', true, [...COMMON, 'title_certificate']],
  ] as [TitleLevel, boolean, string[]][])('%s (current title: %s) needs %j', (level, hasCurrentTitle, expected) => {
    const required = kinds(level, { hasCurrentTitle });
    expect(required.map((r) => r.kind).sort()).toEqual([...expected].sort());
    expect(required.every((r) => r.minCount === 1)).toBe(true);
  });

  it('adds the entrustment letter for cross-provincial files and two expert letters for the exceptional route', () => {
    const required = kinds('associate_senior', { crossProvincial: true, exceptionalRoute: true, hasCurrentTitle: true });
    expect(required).toEqual(
      expect.arrayContaining([
        { kind: 'entrustment_letter', minCount: 1 },
        { kind: 'expert_recommendation', minCount: 2 },
      ]),
    );
    expect(kinds('associate_senior').map((r) => r.kind)).not.toEqual(expect.arrayContaining(['entrustment_letter']));
    expect(kinds('associate_senior').map((r) => r.kind)).not.toEqual(expect.arrayContaining(['expert_recommendation']));
  });

  it('keeps the highest count when a kind is required twice', () => {
    const rules = { ...DEFAULT_EVIDENCE_RULES, crossProvincial: [{ kind: 'portfolio' as const, minCount: 3 }] };
    const required = requiredEvidence(rules, { level: 'assistant', crossProvincial: true, exceptionalRoute: false, hasCurrentTitle: false });
    expect(required.filter((r) => r.kind === 'portfolio')).toEqual([{ kind: 'portfolio', minCount: 3 }]);
  });

  it('lists what is short, counting one entry per file', () => {
    const required = kinds('associate_senior', { exceptionalRoute: true, hasCurrentTitle: true });
    const present = [...COMMON, 'portfolio', 'title_certificate', 'expert_recommendation', 'unknown_kind'];
    expect(missingEvidence(required, present)).toEqual([{ kind: 'expert_recommendation', needed: 2, present: 1 }]);
    expect(missingEvidence(required, [...present, 'expert_recommendation'])).toEqual([]);
    expect(missingEvidence(required, []).map((m) => m.kind)).toEqual(required.map((r) => r.kind));
  });

  it('recognises accepted files by content', () => {
    expect(detectMediaType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(detectMediaType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectMediaType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(detectMediaType(Buffer.from('GIF89a'))).toBeNull();
    expect(detectMediaType(Buffer.from('%PD'))).toBeNull();
    expect(detectMediaType(new Uint8Array())).toBeNull();
  });

  it('checks upload sizes against the per-file and total limits', () => {
    const mb = 1024 * 1024;
    expect(checkUploadSize(DEFAULT_EVIDENCE_RULES, 20 * mb, 0)).toEqual({ ok: true });
    expect(checkUploadSize(DEFAULT_EVIDENCE_RULES, 20 * mb + 1, 0)).toEqual({ ok: false, reason: 'FILE_TOO_LARGE' });
    expect(checkUploadSize(DEFAULT_EVIDENCE_RULES, mb, 199 * mb)).toEqual({ ok: true });
    expect(checkUploadSize(DEFAULT_EVIDENCE_RULES, mb + 1, 199 * mb)).toEqual({ ok: false, reason: 'TOTAL_TOO_LARGE' });
    expect(checkUploadSize(DEFAULT_EVIDENCE_RULES, 0, 0)).toEqual({ ok: false, reason: 'FILE_EMPTY' });
  });
});

describe('evidenceChangeableIn', () => {
  it("lets the file's own evidence change while it can be (re)submitted, and appeal evidence only while it stands rejected", () => {
    for (const kind of EVIDENCE_KINDS.filter((k) => k !== 'appeal_evidence')) expect(evidenceChangeableIn(kind)).toEqual(EDITABLE_STATUSES);
    expect(evidenceChangeableIn('appeal_evidence')).toEqual(['rejected']);
    expect(EDITABLE_STATUSES).not.toContain('rejected');
  });
});
