import { ApplicationFacts, ConflictsService, DeclaredRelationsService, ReviewError, ReviewModule } from '@app/review';
import { makeReviewerProfile, newServiceTest } from '@app/testing';

const CODE_APPLICANT = '91500103PB3LWF6F87';
const CODE_OTHER = '91440300MA5F000007';
const CODE_THIRD = '91310000MA1K000006';

/**
 * Conflict-of-interest detection (domain.md §7) on the real database: moved here from
 * review-pool.e2e-spec.ts, where it already called the service directly behind an HTTP set-up.
 */
describe('ConflictsService on the real database', () => {
  const t = newServiceTest(ConflictsService, { imports: [ReviewModule] });
  let facts: ApplicationFacts;
  let designer: string;

  /** A reviewer in the pool whose employer is unrelated to the applicant's. */
  const pooled = (overrides: Record<string, unknown> = {}) => t.make.reviewer({ employerName: '上海另一设计有限公司', employerCreditCode: CODE_OTHER, ...overrides });
  const declare = (reviewerId: string, input: Record<string, unknown>) =>
    t.get(DeclaredRelationsService).declare(reviewerId, { note: 'declared', ...input } as Parameters<DeclaredRelationsService['declare']>[1], t.make.actor(reviewerId));

  beforeAll(async () => {
    const cycle = await t.make.cycle({ levels: ['intermediate'] });
    const file = await t.make.file(cycle, { applicantName: '陈设计', employerName: '重庆某工业设计有限公司', creditCode: CODE_APPLICANT });
    designer = file.applicantId;
    facts = { applicationId: file.id, applicantId: designer, applicantName: '陈设计', employerName: '重庆某工业设计有限公司', employerCreditCode: CODE_APPLICANT };
  });

  it('finds no conflict for an unrelated reviewer', async () => {
    expect(await t.service.check(await pooled(), facts)).toEqual({ conflict: false, reasons: [] });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['the same employer by credit code', { employerName: '名称不同的单位', employerCreditCode: CODE_APPLICANT }, 'SAME_EMPLOYER_CREDIT_CODE'],
    ['the same employer by normalised name', { employerName: '重庆某工业设计 股份有限公司', employerCreditCode: CODE_THIRD }, 'SAME_EMPLOYER_NAME'],
  ])('detects %s', async (_name, profile, code) => {
    expect(await t.service.check(await pooled(profile), facts)).toEqual({ conflict: true, reasons: [{ code }] });
  });

  it.each<[string, () => Record<string, unknown>, string]>([
    ['user id', () => ({ kind: 'teacher_student', partyType: 'user', userId: designer }), 'user'],
    ['person name', () => ({ kind: 'relative', partyType: 'person', personName: ' 陈 设计 ' }), 'person_name'],
    ['employer', () => ({ kind: 'coworker_3y', partyType: 'employer', employerName: '重庆某工业设计有限责任公司' }), 'employer_name'],
  ])('detects a declared relation by %s, with its kind', async (_name, relation, matchedBy) => {
    const reviewer = await pooled();
    const declared = await declare(reviewer, relation());
    expect(await t.service.check(reviewer, facts)).toEqual({ conflict: true, reasons: [{ code: 'DECLARED_RELATION', kind: relation().kind, relationId: declared.id, matchedBy }] });
  });

  it('detects the reviewer being the applicant', async () => {
    // A person holding both roles: they applied, and sit in the pool.
    const [both] = await t.make.users(1, 'reviewer', ['applicant']);
    await makeReviewerProfile(t.module, both, { employerName: '上海另一设计有限公司', employerCreditCode: CODE_OTHER });
    expect(await t.service.check(both, { ...facts, applicantId: both })).toEqual({ conflict: true, reasons: [{ code: 'REVIEWER_IS_APPLICANT' }] });
  });

  it('refuses to check a reviewer outside the pool', async () => {
    const outside = await t.make.user('reviewer');
    await expect(t.service.check(outside, facts)).rejects.toMatchObject({ code: 'REVIEWER_PROFILE_NOT_FOUND' });
    await expect(t.service.check(outside, facts)).rejects.toBeInstanceOf(ReviewError);
  });

  it('checks many reviewers against many applications in two queries', async () => {
    const [both] = await t.make.users(1, 'reviewer', ['applicant']);
    await makeReviewerProfile(t.module, both, { employerName: '上海另一设计有限公司', employerCreditCode: CODE_OTHER });
    const mine: ApplicationFacts = { ...facts, applicantId: both };
    const clean = await pooled();
    const sameCode = await pooled({ employerCreditCode: CODE_APPLICANT });
    const other: ApplicationFacts = { applicationId: 'other-app', applicantId: '00000000-0000-4000-8000-000000000001', applicantName: '李四', employerName: 'Acme Design Co., Ltd.', employerCreditCode: null };
    const relatedToOther = await pooled();
    await declare(relatedToOther, { note: 'n', kind: 'coauthor', partyType: 'employer', employerName: 'ACME DESIGN LTD.' });

    // Count the statements that reach PostgreSQL about reviewers.
    const spy = jest.spyOn(t.db().logger, 'logQuery');
    let pairs;
    let statements: string[];
    try {
      pairs = await t.service.checkMany([clean, sameCode, relatedToOther, both], [mine, other]);
    } finally {
      statements = spy.mock.calls.map((c) => String(c[0]));
      spy.mockRestore();
    }
    expect(statements.filter((q) => /reviewer_/.test(q))).toHaveLength(2);
    const summary = pairs.map((p) => [p.reviewerId, p.applicationId, p.reasons.map((r) => r.code)]);
    expect(summary).toEqual(
      expect.arrayContaining([
        [sameCode, facts.applicationId, ['SAME_EMPLOYER_CREDIT_CODE']],
        [relatedToOther, 'other-app', ['DECLARED_RELATION']],
        [both, facts.applicationId, ['REVIEWER_IS_APPLICANT']],
      ]),
    );
    expect(summary).toHaveLength(3);
  });
});
