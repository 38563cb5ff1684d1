import Ajv2020 from 'ajv/dist/2020';
import { buildDefaultForm, CORE_SECTION_POINTERS, LEVELS, missingCoreSections, resolveSchemaPointer, SPECIALTIES } from './default-forms';

describe('default forms', () => {
  it('lists the four levels and the default specialties', () => {
    expect(LEVELS).toEqual(['assistant', 'intermediate', 'associate_senior', 'full_senior']);
    expect(SPECIALTIES.map((s) => s.key)).toEqual(['product_design', 'experience_design', 'visual_communication']);
  });

  it.each(LEVELS.map((l) => [l]))('%s: is a valid draft 2020-12 schema containing every core pointer', (level) => {
    const { schema, uiHints } = buildDefaultForm(level);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ strict: true });
    ajv.addFormat('date', true).addFormat('email', true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(missingCoreSections(schema)).toEqual([]);
    const orders = uiHints.sections.map((s) => s.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    for (const section of uiHints.sections) {
      expect(resolveSchemaPointer(schema, section.pointer)).toBeDefined();
      expect(section.label['zh-CN']).not.toBe('');
      expect(section.help.en).not.toBe('');
    }
  });

  it('requires more of the senior levels', () => {
    const junior = buildDefaultForm('assistant').schema;
    const senior = buildDefaultForm('full_senior').schema;
    expect(junior.required).not.toContain('achievements');
    expect(senior.required).toEqual(expect.arrayContaining(['achievements', 'currentTitle']));
    expect(resolveSchemaPointer(senior, '/properties/workHistory/minItems')).toBe(1);
  });

  it('closes every object to unknown properties', () => {
    const walk = (node: unknown, at: string): string[] => {
      if (typeof node !== 'object' || node === null) return [];
      const n = node as Record<string, unknown>;
      const open = n.type === 'object' && n.additionalProperties !== false ? [at] : [];
      const children = Object.entries(n).flatMap(([k, v]) =>
        typeof v === 'object' && v !== null ? walk(v, `${at}/${k}`) : [],
      );
      return [...open, ...children];
    };
    expect(walk(buildDefaultForm('intermediate').schema, '')).toEqual([]);
  });

  it('reports removed core sections, and pointers with escaped tokens resolve', () => {
    const { schema } = buildDefaultForm('intermediate');
    const props = schema.properties as Record<string, Record<string, unknown>>;
    delete props.continuingEducation;
    delete (props.employer.properties as Record<string, unknown>).regionCode;
    const missing = missingCoreSections(schema);
    expect(missing).toContain('/properties/employer/properties/regionCode');
    expect(missing).toContain('/properties/continuingEducation');
    expect(missing).toContain('/properties/continuingEducation/items/properties/year');
    expect(missing).not.toContain('/properties/employer');
    expect(missingCoreSections({})).toHaveLength(CORE_SECTION_POINTERS.length);
    expect(missingCoreSections(null)).toHaveLength(CORE_SECTION_POINTERS.length);
    expect(resolveSchemaPointer({ 'a/b': { '~c': 1 } }, '/a~1b/~0c')).toBe(1);
  });

  it('does not share state between calls', () => {
    const a = buildDefaultForm('assistant').schema;
    (a.required as string[]).push('x');
    expect(buildDefaultForm('assistant').schema.required).not.toContain('x');
  });
});
