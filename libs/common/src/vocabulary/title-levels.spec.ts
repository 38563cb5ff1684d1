import { DEFAULT_SPECIALTY_LABELS, specialtyLabel, TITLE_LEVEL_DEFINITIONS, TITLE_LEVELS, titleLevelDefinition } from './title-levels';

describe('title levels and specialties', () => {
  it('gives every level a distinct certificate digit and reference code', () => {
    const digits = TITLE_LEVELS.map((l) => TITLE_LEVEL_DEFINITIONS[l].certificateDigit);
    const codes = TITLE_LEVELS.map((l) => TITLE_LEVEL_DEFINITIONS[l].referenceCode);
    expect(digits).toEqual(['1', '2', '3', '4']);
    expect(new Set(codes).size).toBe(TITLE_LEVELS.length);
  });

  it('knows no level outside the ladder', () => {
    expect(titleLevelDefinition('constructor')).toBeUndefined();
    expect(titleLevelDefinition('assistant')?.grade['zh-CN']).toBe('助理级');
  });

  it('labels a specialty without a default by its key, and no inherited key', () => {
    expect(specialtyLabel('service_design')).toEqual({ 'zh-CN': 'service_design', en: 'service_design' });
    expect(specialtyLabel('toString')).toEqual({ 'zh-CN': 'toString', en: 'toString' });
    expect(specialtyLabel('product_design')).toBe(DEFAULT_SPECIALTY_LABELS.product_design);
  });
});
