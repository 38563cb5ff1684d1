import { assertSafeText, findUnsafeText, MAX_DEPTH, unsafeTextKind } from './text-safety';
import { ValidationFailedError } from '../errors/app-error';

describe('text safety', () => {
  it('tells NUL and unpaired surrogates from ordinary text, paired surrogates (emoji) included', () => {
    expect(unsafeTextKind('张三 😀 ok')).toBeNull();
    expect(unsafeTextKind('a\u0000b')).toBe('nul');
    expect(unsafeTextKind('\ud800')).toBe('surrogate');
    expect(unsafeTextKind('x\udc00')).toBe('surrogate');
    expect(unsafeTextKind('\ud83d\ude00\ud83d')).toBe('surrogate');
    expect(unsafeTextKind('\ude00\ud83d')).toBe('surrogate');
  });

  it('names every bad value and key at any depth with the property path the validation pipe uses', () => {
    const problems = findUnsafeText({ email: 'a\ud800', data: { identity: { fullName: 'x\u0000' }, list: ['ok', '\udc00'] }, ['k\u0000']: 1 });
    expect(problems).toEqual([
      { path: 'k\\u0000', code: 'FIELD_NUL_CHARACTER', message: expect.stringContaining('name contains a NUL') },
      { path: 'email', code: 'FIELD_UNPAIRED_SURROGATE', message: expect.stringContaining('unpaired UTF-16 surrogate') },
      { path: 'data.identity.fullName', code: 'FIELD_NUL_CHARACTER', message: expect.any(String) },
      { path: 'data.list.1', code: 'FIELD_UNPAIRED_SURROGATE', message: expect.any(String) },
    ]);
  });

  it('accepts clean values of every JSON type', () => {
    expect(findUnsafeText({ a: [1, true, null, { b: 'ü' }], c: 2.5 })).toEqual([]);
    expect(findUnsafeText(undefined)).toEqual([]);
    expect(findUnsafeText('plain')).toEqual([]);
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels without recursing (no stack to exhaust)`, () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnsafeText({ data: deep })).toEqual([expect.objectContaining({ code: 'FIELD_TOO_DEEP', path: expect.stringMatching(/^data(\.0)+$/) })]);
    let fine: unknown = 'leaf';
    for (let i = 0; i < MAX_DEPTH - 1; i++) fine = { a: fine };
    expect(findUnsafeText({ fine })).toEqual([]);
  });

  it('throws a 400 VALIDATION_FAILED listing the fields', () => {
    expect(() => assertSafeText([{ value: { text: 'a\u0000' } }])).toThrow(ValidationFailedError);
    try {
      assertSafeText([{ value: { id: '\ud800' } }, { value: { text: 'ok' } }]);
    } catch (error) {
      expect((error as ValidationFailedError).status).toBe(400);
      expect((error as ValidationFailedError).message).toBe('Invalid fields: id');
    }
    expect(() => assertSafeText([{ value: { text: 'ok' } }])).not.toThrow();
  });
});
