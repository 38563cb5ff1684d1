import { aggregateTotals, DEFAULT_RUBRIC, draftProblems, fromHundredths, rubricOf, submissionProblems, toHundredths, totalOf } from './scoring';

const full = { professional_competence: '27.5', design_achievements: '36', academic_contributions: '15.25', continuing_development: '8' };

describe('scores as exact hundredths', () => {
  it.each([
    ['27.5', 2750],
    ['30', 3000],
    ['0', 0],
    ['0.25', 25],
    ['100.00', 10000],
  ])('%s -> %d', (text, hundredths) => expect(toHundredths(text)).toBe(hundredths));

  it.each([['-1'], ['1.234'], ['1e2'], [' 5'], ['5.'], ['.5'], [''], ['1000'], [5], [null]])('refuses %p', (value) => expect(toHundredths(value)).toBeNull());

  it('formats with two places', () => {
    expect(fromHundredths(7192)).toBe('71.92');
    expect(fromHundredths(5)).toBe('0.05');
    expect(fromHundredths(8650)).toBe('86.50');
  });

  it('totals exactly (0.1 + 0.2 style sums stay exact)', () => {
    expect(totalOf({ a: '0.1', b: '0.2' })).toBe('0.30');
    expect(totalOf(full)).toBe('86.75');
  });
});

describe('rubrics', () => {
  it('the default adds up to 100 points', () => {
    expect(DEFAULT_RUBRIC.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(100);
    expect(DEFAULT_RUBRIC.criteria.map((c) => [c.key, c.maxPoints])).toEqual([
      ['professional_competence', 30],
      ['design_achievements', 40],
      ['academic_contributions', 20],
      ['continuing_development', 10],
    ]);
  });
  it('null is the default; an unknown version is none', () => {
    expect(rubricOf(null)).toBe(DEFAULT_RUBRIC);
    expect(rubricOf('default-2026')).toBe(DEFAULT_RUBRIC);
    expect(rubricOf('nope')).toBeNull();
    expect(rubricOf('toString')).toBeNull();
  });
});

describe('score validation', () => {
  it('a partial draft is fine', () => {
    expect(draftProblems(DEFAULT_RUBRIC, { scores: { professional_competence: '20' } })).toEqual([]);
    expect(draftProblems(DEFAULT_RUBRIC, {})).toEqual([]);
  });

  it('names each bad criterion: out of range, unknown, not a decimal', () => {
    const problems = draftProblems(DEFAULT_RUBRIC, { scores: { professional_competence: '30.01', creativity: '5', design_achievements: '1.234', academic_contributions: '-1' } });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['scores.professional_competence', 'SCORE_OUT_OF_RANGE'],
      ['scores.creativity', 'UNKNOWN_CRITERION'],
      ['scores.design_achievements', 'SCORE_NOT_DECIMAL'],
      ['scores.academic_contributions', 'SCORE_NOT_DECIMAL'],
    ]);
  });

  it('the maximum itself is in range', () => {
    expect(draftProblems(DEFAULT_RUBRIC, { scores: { design_achievements: '40.00', continuing_development: '10' } })).toEqual([]);
  });

  it('a submission needs every criterion, a comment and a recommendation', () => {
    expect(submissionProblems(DEFAULT_RUBRIC, { scores: full, comment: 'Solid.', recommendation: 'pass' })).toEqual([]);
    const { continuing_development: _omit, ...three } = full;
    const problems = submissionProblems(DEFAULT_RUBRIC, { scores: three, comment: '  ', recommendation: null });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['scores.continuing_development', 'SCORE_MISSING'],
      ['comment', 'COMMENT_MISSING'],
      ['recommendation', 'RECOMMENDATION_MISSING'],
    ]);
  });
});

describe('aggregation', () => {
  it('5 totals: drop the single highest and lowest, average the rest, round half up', () => {
    // (85.5 + 70 + 60.25) / 3 = 71.91666... -> 71.92
    expect(aggregateTotals(['90', '85.5', '70', '60.25', '40'])).toEqual({ aggregate: '71.92', spreadFlag: true, spread: '50.00', counted: 3 });
  });

  it('3 totals: the plain average', () => {
    // (80 + 75.5 + 70.25) / 3 = 75.25
    expect(aggregateTotals(['80', '75.5', '70.25'])).toEqual({ aggregate: '75.25', spreadFlag: false, spread: '9.75', counted: 3 });
  });

  it('drops only one of equal extremes', () => {
    // 90, 90, 80, 70, 70 -> 90, 80, 70 -> 80
    expect(aggregateTotals(['90', '90', '80', '70', '70']).aggregate).toBe('80.00');
  });

  it('rounds half up at the third decimal', () => {
    // (71.91 + 71.92) / 2 = 71.915 -> 71.92; (0.01 + 0.02 + 0.02) / 3 = 0.01666 -> 0.02
    expect(aggregateTotals(['71.91', '71.92']).aggregate).toBe('71.92');
    expect(aggregateTotals(['0.01', '0.02', '0.02']).aggregate).toBe('0.02');
  });

  it('flags a spread above 30 points only (30 exactly is not flagged)', () => {
    expect(aggregateTotals(['90', '60']).spreadFlag).toBe(false);
    expect(aggregateTotals(['90', '59.99']).spreadFlag).toBe(true);
  });

  it('refuses no totals', () => {
    expect(() => aggregateTotals([])).toThrow();
  });
});
