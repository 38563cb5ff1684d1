import { ApplicationFacts, ConflictReason, findConflicts, prepareApplication, prepareReviewer, conflictReasons, RelationFacts, ReviewerFacts } from './conflicts';

const REVIEWER_ID = '11111111-1111-4111-8111-111111111111';
const APPLICANT_ID = '22222222-2222-4222-8222-222222222222';
const OTHER_USER_ID = '33333333-3333-4333-8333-333333333333';
const CODE_A = '91500103PB3LWF6F87';
const CODE_B = '91110000600037341L';

const application: ApplicationFacts = {
  applicationId: 'app-1',
  applicantId: APPLICANT_ID,
  applicantName: '张三',
  employerName: '重庆某工业设计有限公司',
  employerCreditCode: CODE_A,
};

function reviewer(overrides: Partial<ReviewerFacts> = {}): ReviewerFacts {
  return { userId: REVIEWER_ID, employerName: '北京另一设计研究院', employerCreditCode: CODE_B, relations: [], ...overrides };
}

function relation(overrides: Partial<RelationFacts>): RelationFacts {
  return { id: 'rel-1', kind: 'coauthor', partyType: 'person', ...overrides };
}

type Case = [description: string, reviewer: ReviewerFacts, application: Partial<ApplicationFacts>, expected: ConflictReason[]];

const cases: Case[] = [
  // No conflict at all.
  ['unrelated reviewer', reviewer(), {}, []],
  // Reviewer is the applicant.
  ['reviewer is the applicant', reviewer({ userId: APPLICANT_ID }), {}, [{ code: 'REVIEWER_IS_APPLICANT' }]],
  // Same employer by credit code.
  ['same credit code, different spelling of the name', reviewer({ employerCreditCode: CODE_A, employerName: '重庆另一名称' }), {}, [{ code: 'SAME_EMPLOYER_CREDIT_CODE' }]],
  ['same credit code typed lower-case with spaces', reviewer({ employerCreditCode: ' 91500103pb3lwf6f87 ', employerName: 'X' }), {}, [{ code: 'SAME_EMPLOYER_CREDIT_CODE' }]],
  ['same credit code in full-width characters', reviewer({ employerCreditCode: '９１５００１０３ＰＢ３ＬＷＦ６Ｆ８７', employerName: 'X' }), {}, [{ code: 'SAME_EMPLOYER_CREDIT_CODE' }]],
  // Same employer by normalised name.
  ['same name exactly (different code)', reviewer({ employerName: '重庆某工业设计有限公司' }), {}, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['same name without the suffix', reviewer({ employerName: '重庆某工业设计' }), {}, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['same name, 有限责任公司', reviewer({ employerName: '重庆某工业设计有限责任公司' }), {}, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['same name, 集团股份有限公司', reviewer({ employerName: '重庆某工业设计集团股份有限公司' }), {}, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['same name with spaces', reviewer({ employerName: '重庆 某工业设计 有限公司' }), {}, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['English names: Co., Ltd. vs Co.,Ltd', reviewer({ employerName: 'Acme Design Co., Ltd.' }), { employerName: 'ACME design Co.,Ltd', employerCreditCode: null }, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['English names: full-width vs half-width', reviewer({ employerName: 'ＡＣＭＥ　Ｄｅｓｉｇｎ Ｉｎｃ．' }), { employerName: 'Acme Design', employerCreditCode: null }, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['English names: LLC vs Ltd.', reviewer({ employerName: 'Acme Design LLC' }), { employerName: 'Acme Design Ltd.' }, [{ code: 'SAME_EMPLOYER_NAME' }]],
  ['same code and same name: both reasons', reviewer({ employerCreditCode: CODE_A, employerName: '重庆某工业设计有限公司' }), {}, [{ code: 'SAME_EMPLOYER_CREDIT_CODE' }, { code: 'SAME_EMPLOYER_NAME' }]],
  // Declared relations.
  ['relation names the applicant by user id', reviewer({ relations: [relation({ partyType: 'user', partyUserId: APPLICANT_ID, kind: 'teacher_student' })] }), {}, [{ code: 'DECLARED_RELATION', kind: 'teacher_student', relationId: 'rel-1', matchedBy: 'user' }]],
  ['relation names the applicant by name', reviewer({ relations: [relation({ partyName: '张三', kind: 'relative' })] }), {}, [{ code: 'DECLARED_RELATION', kind: 'relative', relationId: 'rel-1', matchedBy: 'person_name' }]],
  ['relation names the applicant by name with spaces', reviewer({ relations: [relation({ partyName: ' 张 三 ', kind: 'coauthor' })] }), {}, [{ code: 'DECLARED_RELATION', kind: 'coauthor', relationId: 'rel-1', matchedBy: 'person_name' }]],
  ['relation names a Latin name in another case', reviewer({ relations: [relation({ partyName: 'zhang SAN', kind: 'other' })] }), { applicantName: 'Zhang San' }, [{ code: 'DECLARED_RELATION', kind: 'other', relationId: 'rel-1', matchedBy: 'person_name' }]],
  ['relation names the employer by credit code', reviewer({ relations: [relation({ partyType: 'employer', partyEmployerCreditCode: CODE_A.toLowerCase(), kind: 'coworker_3y' })] }), {}, [{ code: 'DECLARED_RELATION', kind: 'coworker_3y', relationId: 'rel-1', matchedBy: 'employer_credit_code' }]],
  ['relation names the employer by name', reviewer({ relations: [relation({ partyType: 'employer', partyEmployerName: '重庆某工业设计股份有限公司', kind: 'coworker_3y' })] }), {}, [{ code: 'DECLARED_RELATION', kind: 'coworker_3y', relationId: 'rel-1', matchedBy: 'employer_name' }]],
  [
    'two relations and the same employer: every reason',
    reviewer({
      employerName: '重庆某工业设计',
      relations: [relation({ id: 'r1', partyName: '张三', kind: 'relative' }), relation({ id: 'r2', partyType: 'user', partyUserId: APPLICANT_ID, kind: 'coauthor' }), relation({ id: 'r3', partyName: '李四' })],
    }),
    {},
    [
      { code: 'SAME_EMPLOYER_NAME' },
      { code: 'DECLARED_RELATION', kind: 'relative', relationId: 'r1', matchedBy: 'person_name' },
      { code: 'DECLARED_RELATION', kind: 'coauthor', relationId: 'r2', matchedBy: 'user' },
    ],
  ],
  // Near misses: none of these conflict.
  ['near miss: a different company with a shared prefix', reviewer({ employerName: '重庆某工业设计研究院' }), {}, []],
  ['near miss: a branch is a different name', reviewer({ employerName: '重庆某工业设计有限公司成都分公司' }), {}, []],
  ['near miss: a name differing by one character', reviewer({ employerName: '重庆某工业设汁有限公司' }), {}, []],
  ['near miss: credit codes differing in the last character', reviewer({ employerCreditCode: '91500103PB3LWF6F88' }), {}, []],
  ['near miss: "Zinc Design" is not "Z Design"', reviewer({ employerName: 'Zinc Design' }), { employerName: 'Z Design Inc.', employerCreditCode: null }, []],
  ['near miss: a relation with a person of a similar name', reviewer({ relations: [relation({ partyName: '张三丰' })] }), {}, []],
  ['near miss: a relation with another user', reviewer({ relations: [relation({ partyType: 'user', partyUserId: OTHER_USER_ID })] }), {}, []],
  ['near miss: a relation with another employer', reviewer({ relations: [relation({ partyType: 'employer', partyEmployerName: '重庆另一设计有限公司', partyEmployerCreditCode: CODE_B })] }), {}, []],
  ['near miss: reviewer employer unknown, applicant employer unknown', reviewer({ employerName: null, employerCreditCode: null }), { employerName: null, employerCreditCode: null }, []],
  ['near miss: both employer names are only a legal form', reviewer({ employerName: '有限公司', employerCreditCode: null }), { employerName: 'Co., Ltd.', employerCreditCode: '' }, []],
  ['near miss: both employer names are only "有限公司"', reviewer({ employerName: '有限公司', employerCreditCode: null }), { employerName: '有限公司', employerCreditCode: null }, []],
  ['near miss: empty credit codes on both sides', reviewer({ employerCreditCode: '', employerName: 'X' }), { employerCreditCode: '' }, []],
  ['near miss: applicant without a name against a relation without a name', reviewer({ relations: [relation({ partyType: 'employer', partyEmployerCreditCode: CODE_B })] }), { applicantName: null }, []],
  ['near miss: a person relation whose stray employer field is ignored', reviewer({ relations: [relation({ partyType: 'person', partyName: '李四', partyEmployerName: '重庆某工业设计有限公司' })] }), {}, []],
  ['near miss: a user relation whose stray name field is ignored', reviewer({ relations: [relation({ partyType: 'user', partyUserId: OTHER_USER_ID, partyName: '张三' })] }), {}, []],
];

describe('findConflicts', () => {
  it.each(cases)('%s', (_description, r, overrides, expected) => {
    const result = findConflicts(r, { ...application, ...overrides });
    expect(result.reasons).toEqual(expected);
    expect(result.conflict).toBe(expected.length > 0);
  });

  it('reports the reviewer being the applicant along with every other reason', () => {
    const result = findConflicts(reviewer({ userId: APPLICANT_ID, employerCreditCode: CODE_A, relations: [relation({ partyName: '张三' })] }), application);
    expect(result.reasons.map((r) => r.code)).toEqual(['REVIEWER_IS_APPLICANT', 'SAME_EMPLOYER_CREDIT_CODE', 'DECLARED_RELATION']);
  });

  it('matches a relation by the first way that fits: user id before name before employer', () => {
    const all = relation({ partyType: 'user', partyUserId: APPLICANT_ID, partyName: '张三' });
    expect(findConflicts(reviewer({ relations: [all] }), application).reasons).toEqual([{ code: 'DECLARED_RELATION', kind: 'coauthor', relationId: 'rel-1', matchedBy: 'user' }]);
  });

  it('gives the same answer prepared once and checked many times', () => {
    const r = reviewer({ employerName: '重庆某工业设计', relations: [relation({ partyName: '王五' })] });
    const prepared = prepareReviewer(r);
    const apps: ApplicationFacts[] = [application, { ...application, applicantName: '王五', employerName: 'Other', employerCreditCode: null }, { ...application, employerName: 'Other' }];
    for (const a of apps) expect(conflictReasons(prepared, prepareApplication(a))).toEqual(findConflicts(r, a).reasons);
  });
});
