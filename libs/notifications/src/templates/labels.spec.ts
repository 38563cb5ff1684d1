import { label } from './labels';

describe('template labels', () => {
  it('names a specialty as the certificate and the export do (sentence case, one wording)', () => {
    expect(label('specialty', 'product_design', 'en')).toBe('Product design');
    expect(label('specialty', 'experience_design', 'en')).toBe('Experience (interaction) design');
    expect(label('specialty', 'visual_communication', 'zh-CN')).toBe('视觉传达');
  });

  it('names each level by its title in both languages', () => {
    expect(label('level', 'assistant', 'zh-CN')).toBe('助理工业设计师');
    expect(label('level', 'full_senior', 'en')).toBe('Professor-level Senior Industrial Designer');
    expect(label('level', 'chief', 'en')).toBeUndefined();
  });
});
