import { DEFAULT_ELIGIBILITY_POLICY } from './policy';
import { eligibilityPolicyProblems } from './policy-schema';

describe('eligibilityPolicyProblems', () => {
  it('accepts the default policy, and one without the continuing-education rule', () => {
    expect(eligibilityPolicyProblems(DEFAULT_ELIGIBILITY_POLICY)).toEqual([]);
    expect(eligibilityPolicyProblems({ ...DEFAULT_ELIGIBILITY_POLICY, continuingEducation: null })).toEqual([]);
  });

  it('names what does not fit the evaluator', () => {
    const broken = structuredClone(DEFAULT_ELIGIBILITY_POLICY) as unknown as { levels: Record<string, { routes: { experience: unknown }[] }> };
    broken.levels.intermediate.routes[0].experience = { kind: 'holding_title', years: 1e308 };
    const problems = eligibilityPolicyProblems(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.path.startsWith('eligibilityPolicy.levels.intermediate.routes.0.experience') && p.code === 'POLICY_INVALID')).toBe(true);
    expect(eligibilityPolicyProblems({})).toContainEqual(expect.objectContaining({ path: 'eligibilityPolicy', code: 'POLICY_INVALID' }));
    expect(eligibilityPolicyProblems({ ...DEFAULT_ELIGIBILITY_POLICY, levels: { nope: { routes: [] } } }).length).toBeGreaterThan(0);
    expect(eligibilityPolicyProblems('x')).toHaveLength(1);
  });
});
