import { buildDefaultForm } from './default-forms';
import { compileForm, toDraftSchema } from './form-validator';
import { ApplicationFormData } from './form-data';
import { sampleFormData } from './sample-form-data';

/** The shared sample file (also used by the e2e tests and the bench), for the level this spec's form is built for. */
const validForm = () => sampleFormData('associate_senior') as unknown as ApplicationFormData;

describe('compileForm', () => {
  const form = compileForm(buildDefaultForm('associate_senior').schema);

  it('accepts a complete, valid file in both modes', () => {
    expect(form.validateFull(validForm())).toEqual([]);
    expect(form.validateDraft(validForm())).toEqual([]);
  });

  it('accepts an empty draft but not an empty submission', () => {
    expect(form.validateDraft({})).toEqual([]);
    const errors = form.validateFull({});
    expect(errors.map((e) => e.pointer)).toEqual(
      expect.arrayContaining(['/identity', '/employer', '/education', '/workHistory', '/continuingEducation', '/currentTitle', '/achievements']),
    );
    expect(errors.every((e) => e.code === 'FIELD_REQUIRED')).toBe(true);
  });

  it('points a missing required property at the property itself', () => {
    const data = validForm() as unknown as Record<string, Record<string, unknown>>;
    delete data.identity.fullName;
    delete (data.workHistory as unknown as Record<string, unknown>[])[0].position;
    const errors = form.validateFull(data);
    expect(errors).toEqual([
      { pointer: '/identity/fullName', code: 'FIELD_REQUIRED', message: { 'zh-CN': '此项必填', en: 'This field is required' } },
      expect.objectContaining({ pointer: '/workHistory/0/position', code: 'FIELD_REQUIRED' }),
    ]);
    expect(form.validateDraft(data)).toEqual([]);
  });

  it('checks types, formats, enums, lengths and unknown fields in drafts', () => {
    const draft = {
      identity: { fullName: 'x'.repeat(101), birthDate: '1988-02-30', email: 'not-an-email', gender: 'other', nickname: 'z' },
      education: { graduationDate: 20100701 },
      continuingEducation: [{ year: 2024, totalHours: -1 }],
      workHistory: [],
      extra: true,
    };
    const errors = form.validateDraft(draft).map((e) => [e.pointer, e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['/identity/fullName', 'FIELD_TOO_LONG'],
        ['/identity/birthDate', 'FIELD_FORMAT'],
        ['/identity/email', 'FIELD_FORMAT'],
        ['/identity/gender', 'FIELD_ENUM'],
        ['/identity/nickname', 'FIELD_UNKNOWN'],
        ['/education/graduationDate', 'FIELD_TYPE'],
        ['/continuingEducation/0/totalHours', 'FIELD_OUT_OF_RANGE'],
        ['/extra', 'FIELD_UNKNOWN'],
      ]),
    );
    expect(errors).toHaveLength(8);
    // An empty list is "not filled in yet" in a draft, but too few on submission.
    expect(form.validateFull({ ...validForm(), workHistory: [] })).toEqual([expect.objectContaining({ pointer: '/workHistory', code: 'FIELD_TOO_FEW' })]);
  });

  it('gives bilingual messages for every error', () => {
    for (const e of form.validateFull({ identity: { gender: 1 }, achievements: { awards: [{ level: 'x' }] } })) {
      expect(e.message['zh-CN']).toBeTruthy();
      expect(e.message.en).toBeTruthy();
    }
  });

  it('escapes pointer tokens and rejects a non-object root', () => {
    expect(form.validateDraft({ 'a/b~c': 1 })).toEqual([expect.objectContaining({ pointer: '/a~1b~0c', code: 'FIELD_UNKNOWN' })]);
    expect(form.validateDraft([])).toEqual([expect.objectContaining({ pointer: '', code: 'FIELD_TYPE' })]);
  });

  it('compiles schemas with an $id (twice, once per mode) and throws on an invalid schema', () => {
    expect(() => compileForm({ $id: 'https://example.com/form', type: 'object' })).not.toThrow();
    expect(() => compileForm({ type: 'nonsense' })).toThrow();
    expect(() => compileForm('x' as unknown)).toThrow(TypeError);
  });
});

describe('toDraftSchema', () => {
  it('removes completeness keywords everywhere a subschema sits, but not fields or values named "required"', () => {
    const schema = {
      type: 'object',
      required: ['required'],
      properties: {
        required: { type: 'boolean' },
        list: { type: 'array', minItems: 1, items: { type: 'object', required: ['a'], properties: { a: { const: { required: ['x'] } } } } },
      },
      $defs: { d: { required: ['b'] } },
      anyOf: [{ required: ['c'] }],
      dependentRequired: { a: ['b'] },
    };
    expect(toDraftSchema(schema)).toEqual({
      type: 'object',
      properties: {
        required: { type: 'boolean' },
        list: { type: 'array', items: { type: 'object', properties: { a: { const: { required: ['x'] } } } } },
      },
      $defs: { d: {} },
      anyOf: [{}],
    });
    expect(schema.required).toEqual(['required']);
  });
});
