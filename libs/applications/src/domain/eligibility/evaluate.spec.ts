import { EducationLevel, TitleLevel } from '../form-data';
import { countedContinuingEducationYears, describeLevelRequirements, describePolicyRequirements, evaluateEligibility, EligibilityOutcome, RuleResult } from './evaluate';
import { DEFAULT_ELIGIBILITY_POLICY, EligibilityPolicy } from './policy';

const COUNT_UNTIL = '2026-06-30';
const GOOD_CE = [
  { year: 2023, totalHours: 96, professionalHours: 64 },
  { year: 2024, totalHours: 90, professionalHours: 60 },
  { year: 2025, totalHours: 120, professionalHours: 100 },
];
const GOOD_ACHIEVEMENTS = {
  projects: [{ name: 'P', role: 'lead', scale: 'provincial', keyProject: true, start: '2020-01-01' }],
  products: [],
  awards: [],
  patents: [],
  publications: [],
};

interface FileSpec {
  education?: EducationLevel;
  graduationDate?: string;
  title?: { level: TitleLevel; obtainedOn: string };
  work?: { start: string; end?: string }[];
}

function file(spec: FileSpec, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    education: { level: spec.education, school: 'S', major: 'M', graduationDate: spec.graduationDate ?? '2010-07-01' },
    ...(spec.title ? { currentTitle: { ...spec.title, series: 'engineering', certificateNumber: 'C1' } } : {}),
    workHistory: (spec.work ?? [{ start: '2010-08-01' }]).map((w) => ({ employer: 'E', position: 'designer', ...w })),
    continuingEducation: GOOD_CE,
    achievements: GOOD_ACHIEVEMENTS,
    ...extra,
  };
}

function evaluate(level: TitleLevel, data: unknown, opts: { exceptionalRoute?: boolean; policy?: EligibilityPolicy; countUntil?: string } = {}): EligibilityOutcome {
  return evaluateEligibility({
    policy: opts.policy ?? DEFAULT_ELIGIBILITY_POLICY,
    level,
    data,
    countUntil: opts.countUntil ?? COUNT_UNTIL,
    exceptionalRoute: opts.exceptionalRoute ?? false,
  });
}

function rule(outcome: EligibilityOutcome, code: string): RuleResult {
  const found = outcome.results.find((r) => r.code === code);
  if (!found) throw new Error(`no ${code} in ${outcome.results.map((r) => r.code).join(', ')}`);
  return found;
}

describe('evaluateEligibility: education and years', () => {
  // [level, route key, file, the route text]
  const passing: [TitleLevel, string, FileSpec, string][] = [
    ['assistant', 'postgraduate', { education: 'master', work: [] }, 'master or doctorate'],
    ['assistant', 'postgraduate', { education: 'doctorate', work: [] }, 'master or doctorate'],
    ['assistant', 'bachelor_1y_work', { education: 'bachelor', graduationDate: '2025-06-30', work: [{ start: '2025-07-01' }] }, 'bachelor + 1 year of relevant work since graduation'],
    // Work before graduation does not count: clipped to 2023-07-01, exactly 3 years.
    ['assistant', 'associate_3y_work', { education: 'associate', graduationDate: '2023-07-01', work: [{ start: '2022-01-01' }] }, 'associate + 3 years of relevant work since graduation'],
    ['assistant', 'vocational_5y_work', { education: 'vocational', graduationDate: '2021-07-01', work: [{ start: '2021-07-01' }] }, 'vocational + 5 years of relevant work since graduation'],
    ['intermediate', 'doctorate', { education: 'doctorate' }, 'doctorate'],
    ['intermediate', 'master_2y_assistant', { education: 'master', title: { level: 'assistant', obtainedOn: '2024-07-01' } }, 'master + 2 years holding an assistant title'],
    ['intermediate', 'bachelor_associate_4y_assistant', { education: 'bachelor', title: { level: 'assistant', obtainedOn: '2022-07-01' } }, 'bachelor or associate + 4 years holding an assistant title'],
    ['intermediate', 'bachelor_associate_4y_assistant', { education: 'associate', title: { level: 'assistant', obtainedOn: '2020-01-01' } }, 'bachelor or associate + 4 years holding an assistant title'],
    ['associate_senior', 'doctorate_2y_intermediate', { education: 'doctorate', title: { level: 'intermediate', obtainedOn: '2024-07-01' } }, 'doctorate + 2 years holding an intermediate title'],
    ['associate_senior', 'master_bachelor_5y_intermediate', { education: 'bachelor', title: { level: 'intermediate', obtainedOn: '2021-07-01' } }, 'master or bachelor + 5 years holding an intermediate title'],
    ['associate_senior', 'master_bachelor_5y_intermediate', { education: 'master', title: { level: 'intermediate', obtainedOn: '2015-07-01' } }, 'master or bachelor + 5 years holding an intermediate title'],
    ['full_senior', 'bachelor_or_above_5y_associate_senior', { education: 'bachelor', title: { level: 'associate_senior', obtainedOn: '2021-06-30' } }, 'doctorate, master or bachelor + 5 years holding an associate senior title'],
  ];

  it.each(passing)('%s passes route %s', (level, key, spec, routeText) => {
    const outcome = evaluate(level, file(spec));
    const result = rule(outcome, 'ELIG_EDUCATION_YEARS');
    expect(result.passed).toBe(true);
    expect(result.metBy).toBe(key);
    expect(result.required.en).toBe(routeText);
    expect(result.explanation.en).toContain(`Route "${routeText}" is met`);
    expect(result.explanation['zh-CN']).toContain('符合');
    expect(outcome.eligible).toBe(true);
    expect(outcome.requiresAdminConfirmation).toBe(false);
  });

  // [level, file, expected English fragments of the explanation]
  const failing: [TitleLevel, FileSpec, string[]][] = [
    [
      'assistant',
      { education: 'bachelor', graduationDate: '2025-07-01', work: [{ start: '2025-07-15' }] },
      ['master or doctorate required; the file shows bachelor', 'bachelor + 1 year of relevant work since graduation required; the file shows bachelor and 11 months of work since graduation'],
    ],
    [
      'assistant',
      { education: 'associate', graduationDate: '2023-07-01', work: [{ start: '2023-09-01' }] },
      ['associate + 3 years of relevant work since graduation required; the file shows associate and 2 years 10 months of work since graduation'],
    ],
    [
      'assistant',
      { education: 'vocational', graduationDate: '2021-07-01', work: [{ start: '2021-08-01' }] },
      ['vocational + 5 years of relevant work since graduation required; the file shows vocational and 4 years 11 months of work since graduation'],
    ],
    [
      'intermediate',
      { education: 'master', title: { level: 'assistant', obtainedOn: '2024-07-02' } },
      ['doctorate required; the file shows master', 'master + 2 years holding an assistant title required; the file shows master and 1 year 11 months holding an assistant title'],
    ],
    [
      'intermediate',
      { education: 'bachelor', title: { level: 'assistant', obtainedOn: '2023-05-01' } },
      ['bachelor or associate + 4 years holding an assistant title required; the file shows bachelor and 3 years 2 months holding an assistant title'],
    ],
    [
      'intermediate',
      { education: 'vocational', title: { level: 'assistant', obtainedOn: '2010-01-01' } },
      ['bachelor or associate + 4 years holding an assistant title required; the file shows vocational'],
    ],
    [
      'associate_senior',
      { education: 'doctorate', title: { level: 'intermediate', obtainedOn: '2025-01-01' } },
      ['doctorate + 2 years holding an intermediate title required; the file shows doctorate and 1 year 6 months holding an intermediate title', 'master or bachelor + 5 years holding an intermediate title required; the file shows doctorate.'],
    ],
    [
      'associate_senior',
      { education: 'master', title: { level: 'intermediate', obtainedOn: '2022-01-01' } },
      ['master or bachelor + 5 years holding an intermediate title required; the file shows master and 4 years 6 months holding an intermediate title'],
    ],
    [
      'full_senior',
      { education: 'bachelor', title: { level: 'associate_senior', obtainedOn: '2022-03-15' } },
      ['doctorate, master or bachelor + 5 years holding an associate senior title required; the file shows bachelor and 4 years 3 months holding an associate senior title'],
    ],
    [
      'full_senior',
      { education: 'doctorate', title: { level: 'intermediate', obtainedOn: '2010-01-01' } },
      ['the file shows an intermediate title, not an associate senior title'],
    ],
    ['full_senior', { education: 'associate', title: { level: 'associate_senior', obtainedOn: '2010-01-01' } }, ['the file shows associate']],
  ];

  it.each(failing)('%s fails with %j', (level, spec, fragments) => {
    const outcome = evaluate(level, file(spec));
    const result = rule(outcome, 'ELIG_EDUCATION_YEARS');
    expect(result.passed).toBe(false);
    expect(result.metBy).toBeUndefined();
    expect(outcome.eligible).toBe(false);
    for (const fragment of fragments) expect(result.explanation.en).toContain(fragment);
    // Every route of the level is listed as an alternative when none passes.
    const routes = DEFAULT_ELIGIBILITY_POLICY.levels[level]!.routes;
    expect(result.required.en.split('; or ')).toHaveLength(routes.length);
    expect(result.explanation.en).toMatch(routes.length === 1 ? /^The route is not met: \(1\) / : new RegExp(`^None of the ${routes.length} routes is met: \\(1\\) `));
    expect(result.explanation['zh-CN']).toContain('不符合任一学历资历条件');
  });

  it('counts calendar months up to and including the count date', () => {
    const held = (obtainedOn: string) =>
      rule(evaluate('intermediate', file({ education: 'master', title: { level: 'assistant', obtainedOn } })), 'ELIG_EDUCATION_YEARS');
    expect(held('2024-07-01').passed).toBe(true);
    expect(held('2024-07-02').passed).toBe(false);
    // 29 Feb anniversaries fall on 28 Feb in common years.
    const leap = evaluate('intermediate', file({ education: 'master', title: { level: 'assistant', obtainedOn: '2024-02-29' } }), { countUntil: '2026-02-27' });
    expect(rule(leap, 'ELIG_EDUCATION_YEARS').passed).toBe(true);
    const short = evaluate('intermediate', file({ education: 'master', title: { level: 'assistant', obtainedOn: '2024-02-29' } }), { countUntil: '2026-02-26' });
    expect(rule(short, 'ELIG_EDUCATION_YEARS').found.en).toContain('1 year 11 months holding an assistant title');
  });

  it('merges overlapping jobs, skips gaps and pools leftover days 30 to a month', () => {
    const found = (work: FileSpec['work']) =>
      rule(evaluate('assistant', file({ education: 'bachelor', graduationDate: '2020-07-01', work })), 'ELIG_EDUCATION_YEARS');
    const twoHalves = found([
      { start: '2020-07-01', end: '2020-12-31' },
      { start: '2021-03-01', end: '2021-08-31' },
    ]);
    expect(twoHalves.passed).toBe(true);
    expect(twoHalves.found.en).toContain('1 year of work since graduation');
    const overlapping = found([
      { start: '2020-07-01', end: '2021-05-31' },
      { start: '2021-01-01', end: '2021-03-31' },
    ]);
    expect(overlapping.found.en).toContain('11 months of work since graduation');
    const fragments = found([
      { start: '2020-07-01', end: '2020-07-20' },
      { start: '2020-09-01', end: '2020-09-15' },
    ]);
    expect(fragments.found.en).toContain('1 month of work since graduation');
  });

  it('counts nothing for a title obtained after the count date', () => {
    const result = rule(evaluate('intermediate', file({ education: 'master', title: { level: 'assistant', obtainedOn: '2026-08-01' } })), 'ELIG_EDUCATION_YEARS');
    expect(result.explanation.en).toContain('the file shows master and 0 months holding an assistant title');
  });
});

describe('evaluateEligibility: continuing education', () => {
  const senior = (ce: unknown, extra: Record<string, unknown> = {}) =>
    evaluate('associate_senior', file({ education: 'bachelor', title: { level: 'intermediate', obtainedOn: '2015-01-01' } }, { continuingEducation: ce, ...extra }));

  it('passes with 90 hours, 2/3 professional, in each of the last 3 full years', () => {
    const result = rule(senior(GOOD_CE), 'ELIG_CONTINUING_EDUCATION');
    expect(result.passed).toBe(true);
    expect(result.required.en).toBe('at least 90 hours of continuing education in each of 2023, 2024, 2025, at least 2/3 of them professional');
    expect(result.found.en).toBe('2023: 96 h (64 professional); 2024: 90 h (60 professional); 2025: 120 h (100 professional)');
  });

  it.each([
    ['too few hours', [GOOD_CE[0], { year: 2024, totalHours: 80, professionalHours: 60 }, GOOD_CE[2]], '2024 is below 90 hours'],
    ['too little professional', [GOOD_CE[0], GOOD_CE[1], { year: 2025, totalHours: 90, professionalHours: 59 }], '2025 has less than 2/3 professional'],
    ['a missing year', [GOOD_CE[1], GOOD_CE[2]], 'the file shows 2023: no record; 2024'],
    ['an empty list', [], 'the file shows 2023: no record; 2024: no record; 2025: no record.'],
  ])('fails with %s', (_name, ce, fragment) => {
    const outcome = senior(ce);
    const result = rule(outcome, 'ELIG_CONTINUING_EDUCATION');
    expect(result.passed).toBe(false);
    expect(result.explanation.en).toContain('At least 90 hours of continuing education in each of 2023, 2024, 2025, at least 2/3 of them professional required; the file shows');
    expect(result.explanation.en).toContain(fragment);
    expect(outcome.eligible).toBe(false);
    expect(rule(outcome, 'ELIG_EDUCATION_YEARS').passed).toBe(true);
  });

  it('says each year once: a year without a record is not repeated as a shortfall', () => {
    const result = rule(senior([GOOD_CE[1], { year: 2025, totalHours: 80, professionalHours: 60 }]), 'ELIG_CONTINUING_EDUCATION');
    expect(result.explanation['zh-CN']).toBe(
      '要求2023、2024、2025年每年继续教育不少于90学时，其中专业科目不少于2/3；申报材料显示2023年：无记录；2024年：90学时（专业60学时）；2025年：80学时（专业60学时）（2025年不足90学时）。',
    );
    expect(result.explanation.en.match(/2023/g)).toHaveLength(2);
    const none = rule(senior([]), 'ELIG_CONTINUING_EDUCATION');
    expect(none.passed).toBe(false);
    expect(none.explanation['zh-CN']).toBe('要求2023、2024、2025年每年继续教育不少于90学时，其中专业科目不少于2/3；申报材料显示2023年：无记录；2024年：无记录；2025年：无记录。');
  });

  it('fails, saying so, when there are no records at all', () => {
    const data = file({ education: 'bachelor', title: { level: 'intermediate', obtainedOn: '2015-01-01' } });
    delete data.continuingEducation;
    const result = rule(evaluate('associate_senior', data), 'ELIG_CONTINUING_EDUCATION');
    expect(result.passed).toBe(false);
    expect(result.explanation.en).toContain('the file has no continuing-education records');
  });

  it('does not count the years up to graduation', () => {
    const fresh = evaluate('assistant', file({ education: 'master', graduationDate: '2025-06-30', work: [] }, { continuingEducation: [] }));
    expect(rule(fresh, 'ELIG_CONTINUING_EDUCATION')).toMatchObject({ passed: true, found: { en: 'no year counts yet (graduated in 2025)' } });
    expect(fresh.eligible).toBe(true);
    const oneYear = evaluate('assistant', file({ education: 'master', graduationDate: '2024-06-30', work: [] }, { continuingEducation: [GOOD_CE[2]] }));
    expect(rule(oneYear, 'ELIG_CONTINUING_EDUCATION')).toMatchObject({ passed: true, found: { en: '2025: 120 h (100 professional)' } });
  });

  it('takes the counted years and thresholds from the policy', () => {
    expect(countedContinuingEducationYears('2026-06-30', 3)).toEqual([2023, 2024, 2025]);
    expect(countedContinuingEducationYears('2026-12-31', 3)).toEqual([2024, 2025, 2026]);
    const policy: EligibilityPolicy = {
      ...DEFAULT_ELIGIBILITY_POLICY,
      continuingEducation: { ...DEFAULT_ELIGIBILITY_POLICY.continuingEducation!, countedYears: 1, minHoursPerYear: 100 },
    };
    const outcome = evaluate('associate_senior', file({ education: 'bachelor', title: { level: 'intermediate', obtainedOn: '2015-01-01' } }), { policy });
    expect(rule(outcome, 'ELIG_CONTINUING_EDUCATION')).toMatchObject({ passed: true, required: { en: expect.stringContaining('at least 100 hours of continuing education in each of 2025,') } });
    const off = evaluate('associate_senior', file({ education: 'bachelor', title: { level: 'intermediate', obtainedOn: '2015-01-01' } }, { continuingEducation: [] }), {
      policy: { ...DEFAULT_ELIGIBILITY_POLICY, continuingEducation: null },
    });
    expect(off.results.map((r) => r.code)).not.toContain('ELIG_CONTINUING_EDUCATION');
    expect(off.eligible).toBe(true);
  });
});

describe('evaluateEligibility: achievements', () => {
  const base = { education: 'bachelor' as const, title: { level: 'intermediate' as const, obtainedOn: '2015-01-01' } };
  const withAchievements = (achievements: Record<string, unknown>, level: TitleLevel = 'associate_senior') =>
    evaluate(level, file(level === 'full_senior' ? { ...base, title: { level: 'associate_senior', obtainedOn: '2015-01-01' } } : base, {
      achievements: { projects: [], products: [], awards: [], patents: [], publications: [], ...achievements },
    }));
  const project = (role: string, scale: string, keyProject = true) => ({ name: 'P', role, scale, keyProject, start: '2020-01-01' });
  const product = (extra: Record<string, unknown>) => ({ name: 'X', marketedOn: '2020-01-01', ...extra });

  it.each([
    ['lead_provincial_key_project', { projects: [project('lead', 'provincial')] }],
    ['lead_provincial_key_project', { projects: [project('lead', 'national')] }],
    ['lead_two_municipal_key_projects', { projects: [project('lead', 'municipal'), project('lead', 'municipal')] }],
    ['five_products_appraised_provincial', { products: [1, 2, 3, 4, 5].map((i) => product({ appraisedLevel: i === 1 ? 'national' : 'provincial' })) }],
    [
      'lead_product_sales_ten_million',
      {
        products: [
          product({ role: 'lead', annualSalesYuan: [{ year: 2021, amount: 6_000_000 }, { year: 2022, amount: 12_000_000 }] }),
          product({ role: 'lead', annualSalesYuan: [{ year: 2021, amount: 5_000_000 }, { year: 2023, amount: 10_000_000 }] }),
        ],
      },
    ],
    ['national_award', { awards: [{ name: 'A', level: 'national', year: 2022 }] }],
  ])('passes via %s', (key, achievements) => {
    for (const level of ['associate_senior', 'full_senior'] as TitleLevel[]) {
      const outcome = withAchievements(achievements, level);
      const result = rule(outcome, 'ELIG_ACHIEVEMENT');
      expect(result.passed).toBe(true);
      expect(result.metBy).toBe(key);
      expect(result.explanation.en).toMatch(/^Met ".+": the file shows \d+ \(\d+ required\)\.$/);
      expect(outcome.eligible).toBe(true);
    }
  });

  it('fails when every rule falls short, showing each figure', () => {
    const outcome = withAchievements({
      projects: [project('lead', 'municipal'), project('core', 'provincial'), project('lead', 'provincial', false)],
      products: [
        ...[1, 2, 3, 4].map(() => product({ appraisedLevel: 'provincial' })),
        product({ appraisedLevel: 'municipal' }),
        product({ role: 'lead', annualSalesYuan: [{ year: 2022, amount: 10_000_000 }, { year: 2023, amount: 20_000_000 }, { year: 2024, amount: 9_999_999 }] }),
        product({ role: 'core', annualSalesYuan: [{ year: 2024, amount: 50_000_000 }] }),
      ],
      awards: [{ name: 'A', level: 'industry', year: 2022 }, { name: 'B', level: 'provincial', year: 2023 }],
    });
    const result = rule(outcome, 'ELIG_ACHIEVEMENT');
    expect(result.passed).toBe(false);
    expect(outcome.eligible).toBe(false);
    expect(result.explanation.en).toContain('No qualifying achievement. At least one of: lead role in 1 key design project at national or provincial level;');
    expect(result.found.en).toBe(
      [
        'lead role in 1 key design project at national or provincial level: 0 of 1',
        'lead role in 2 key design projects at national, provincial or municipal level: 1 of 2',
        '5 products appraised at national or provincial level: 4 of 5',
        'lead designer of products with annual sales of at least 10,000,000 yuan in 3 years: 2 of 3',
        '1 award at national level: 0 of 1',
      ].join('; '),
    );
  });

  it('fails, saying so, when the achievements section is missing', () => {
    const data = file(base);
    delete data.achievements;
    const result = rule(evaluate('associate_senior', data), 'ELIG_ACHIEVEMENT');
    expect(result.passed).toBe(false);
    expect(result.explanation.en).toContain('the file has no achievements section');
  });

  it('is not a rule for the junior levels', () => {
    const outcome = evaluate('intermediate', file({ education: 'doctorate' }, { achievements: undefined }));
    expect(outcome.results.map((r) => r.code)).toEqual(['ELIG_EDUCATION_YEARS', 'ELIG_CONTINUING_EDUCATION']);
    expect(outcome.eligible).toBe(true);
  });
});

describe('evaluateEligibility: exceptional route', () => {
  const shortOfYears = { education: 'bachelor' as const, title: { level: 'intermediate' as const, obtainedOn: '2023-05-01' } };
  const expert = (name: string, titleLevel: TitleLevel) => ({ name, titleLevel, employer: 'U' });

  it('replaces education/years with two full-senior recommenders, and always needs an admin', () => {
    const outcome = evaluate('associate_senior', file(shortOfYears, { recommenders: [expert('A', 'full_senior'), expert('B', 'full_senior')] }), { exceptionalRoute: true });
    expect(outcome).toMatchObject({ eligible: true, exceptionalRoute: true, requiresAdminConfirmation: true });
    expect(rule(outcome, 'ELIG_EDUCATION_YEARS').passed).toBe(false);
    expect(rule(outcome, 'ELIG_EXCEPTIONAL_RECOMMENDERS')).toMatchObject({ passed: true, found: { en: '2 recommenders, 2 of them holding a full senior title' } });
  });

  it('fails with too few full-senior recommenders', () => {
    const outcome = evaluate(
      'associate_senior',
      file(shortOfYears, { recommenders: [expert('A', 'full_senior'), expert('B', 'associate_senior'), expert('A ', 'full_senior')] }),
      { exceptionalRoute: true },
    );
    const result = rule(outcome, 'ELIG_EXCEPTIONAL_RECOMMENDERS');
    expect(outcome.eligible).toBe(false);
    expect(outcome.requiresAdminConfirmation).toBe(true);
    expect(result.explanation.en).toBe(
      'Exceptional route: 2 recommending experts holding a full senior title required; the file shows 3 recommenders, 1 of them holding a full senior title.',
    );
  });

  it('fails, saying so, without recommenders', () => {
    const result = rule(evaluate('associate_senior', file(shortOfYears), { exceptionalRoute: true }), 'ELIG_EXCEPTIONAL_RECOMMENDERS');
    expect(result.passed).toBe(false);
    expect(result.explanation.en).toContain('the file names no recommending experts');
  });

  it('still requires the other rules', () => {
    const outcome = evaluate(
      'associate_senior',
      file(shortOfYears, { recommenders: [expert('A', 'full_senior'), expert('B', 'full_senior')], continuingEducation: [] }),
      { exceptionalRoute: true },
    );
    expect(rule(outcome, 'ELIG_EXCEPTIONAL_RECOMMENDERS').passed).toBe(true);
    expect(outcome.eligible).toBe(false);
  });

  it('ignores recommenders on the ordinary route', () => {
    const outcome = evaluate('associate_senior', file(shortOfYears, { recommenders: [expert('A', 'full_senior'), expert('B', 'full_senior')] }));
    expect(outcome).toMatchObject({ eligible: false, exceptionalRoute: false, requiresAdminConfirmation: false });
    expect(outcome.results.map((r) => r.code)).not.toContain('ELIG_EXCEPTIONAL_RECOMMENDERS');
  });
});

describe('evaluateEligibility: missing data', () => {
  it.each([null, undefined, {}, [], 'x'])('never throws on %p and reports every rule as failed', (data) => {
    const outcome = evaluate('associate_senior', data);
    expect(outcome.eligible).toBe(false);
    expect(outcome.results.map((r) => [r.code, r.passed])).toEqual([
      ['ELIG_EDUCATION_YEARS', false],
      ['ELIG_CONTINUING_EDUCATION', false],
      ['ELIG_ACHIEVEMENT', false],
    ]);
    expect(rule(outcome, 'ELIG_EDUCATION_YEARS').explanation.en).toContain('the file does not state the education level');
  });

  it.each([
    ['intermediate', { education: 'bachelor' } as FileSpec, 'the file shows no current title'],
    ['assistant', { education: 'bachelor', work: [] } as FileSpec, 'the file shows no work history'],
  ])('%s: explains %j', (level, spec, fragment) => {
    const result = rule(evaluate(level as TitleLevel, file(spec)), 'ELIG_EDUCATION_YEARS');
    expect(result.passed).toBe(false);
    expect(result.explanation.en).toContain(fragment);
    expect(result.found.en).toContain(fragment);
  });

  it('explains a missing title date and graduation date', () => {
    const noDate = file({ education: 'bachelor' }, { currentTitle: { level: 'assistant' } });
    expect(rule(evaluate('intermediate', noDate), 'ELIG_EDUCATION_YEARS').explanation.en).toContain('the file does not state when the current title was obtained');
    const noGraduation = { education: { level: 'bachelor' }, workHistory: [{ start: '2020-01-01' }] };
    expect(rule(evaluate('assistant', noGraduation), 'ELIG_EDUCATION_YEARS').explanation.en).toContain('the file does not state the graduation date');
  });

  it('reports a level the policy does not offer', () => {
    const policy: EligibilityPolicy = { ...DEFAULT_ELIGIBILITY_POLICY, levels: { assistant: DEFAULT_ELIGIBILITY_POLICY.levels.assistant } };
    const outcome = evaluate('full_senior', file({ education: 'doctorate' }), { policy });
    expect(outcome.eligible).toBe(false);
    expect(outcome.results).toEqual([expect.objectContaining({ code: 'ELIG_LEVEL_NOT_OFFERED', passed: false })]);
  });

  it('throws only on an invalid count date', () => {
    expect(() => evaluate('assistant', {}, { countUntil: '2026-02-30' })).toThrow(RangeError);
  });

  it('gives every result text in both languages', () => {
    const outcome = evaluate('full_senior', {}, { exceptionalRoute: true });
    for (const r of outcome.results) {
      for (const t of [r.required, r.found, r.explanation]) {
        expect(t['zh-CN']).toBeTruthy();
        expect(t.en).toBeTruthy();
      }
    }
  });
});

describe('DEFAULT_ELIGIBILITY_POLICY', () => {
  it('is plain JSON so it can be stored per cycle', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_ELIGIBILITY_POLICY))).toEqual(DEFAULT_ELIGIBILITY_POLICY);
  });
});

describe('describeLevelRequirements / describePolicyRequirements (the public wording of a policy)', () => {
  const failing = (level: TitleLevel, exceptionalRoute = false) =>
    evaluateEligibility({ policy: DEFAULT_ELIGIBILITY_POLICY, level, data: {}, countUntil: COUNT_UNTIL, exceptionalRoute }).results;

  it.each(['assistant', 'intermediate', 'associate_senior', 'full_senior'] as TitleLevel[])('words the %s routes exactly as the evaluator states what it requires', (level) => {
    const text = describeLevelRequirements(DEFAULT_ELIGIBILITY_POLICY, level)!;
    const education = failing(level).find((r) => r.code === 'ELIG_EDUCATION_YEARS')!;
    expect(text.routes.length).toBe(DEFAULT_ELIGIBILITY_POLICY.levels[level]!.routes.length);
    expect(text.routes.map((r) => r['zh-CN']).join('；或')).toBe(education.required['zh-CN']);
    expect(text.routes.map((r) => r.en).join('; or ')).toBe(education.required.en);
    const achievement = failing(level).find((r) => r.code === 'ELIG_ACHIEVEMENT');
    expect(text.achievements).toEqual(achievement ? achievement.required : null);
  });

  it('names the intermediate routes by education and the title held', () => {
    const text = describeLevelRequirements(DEFAULT_ELIGIBILITY_POLICY, 'intermediate')!;
    expect(text.routes[0]).toEqual({ 'zh-CN': '博士研究生', en: 'doctorate' });
    expect(text.routes[1]).toEqual({ 'zh-CN': '硕士研究生 + 取得助理级职称后满2年', en: 'master + 2 years holding an assistant title' });
  });

  it('answers null for a level the policy does not offer', () => {
    const policy: EligibilityPolicy = { ...DEFAULT_ELIGIBILITY_POLICY, levels: { assistant: DEFAULT_ELIGIBILITY_POLICY.levels.assistant } };
    expect(describeLevelRequirements(policy, 'full_senior')).toBeNull();
  });

  it('words continuing education over the very years the evaluator counts, and null when the rule is off', () => {
    // A window closing on 31 December counts its own year: 2024-2026, not "the 3 years before applying".
    const text = describePolicyRequirements(DEFAULT_ELIGIBILITY_POLICY, '2026-12-31');
    expect(text.continuingEducation).toEqual({
      'zh-CN': '2024、2025、2026年每年继续教育不少于90学时，其中专业科目不少于2/3',
      en: 'at least 90 hours of continuing education in each of 2024, 2025, 2026, at least 2/3 of them professional',
    });
    const ce = evaluateEligibility({ policy: DEFAULT_ELIGIBILITY_POLICY, level: 'intermediate', data: {}, countUntil: '2026-12-31', exceptionalRoute: false }).results.find(
      (r) => r.code === 'ELIG_CONTINUING_EDUCATION',
    )!;
    expect(text.continuingEducation).toEqual(ce.required);
    expect(describePolicyRequirements(DEFAULT_ELIGIBILITY_POLICY, '2026-06-30').continuingEducation!.en).toContain('each of 2023, 2024, 2025,');
    expect(describePolicyRequirements({ ...DEFAULT_ELIGIBILITY_POLICY, continuingEducation: null }, '2026-12-31').continuingEducation).toBeNull();
  });

  it('words the exceptional route as the evaluator requires it', () => {
    const exceptional = failing('associate_senior', true).find((r) => r.code === 'ELIG_EXCEPTIONAL_RECOMMENDERS')!;
    expect(describePolicyRequirements(DEFAULT_ELIGIBILITY_POLICY, COUNT_UNTIL).exceptionalRoute).toEqual(exceptional.required);
  });
});
