import { CENSOR, censorSensitive } from './censor';

describe('censorSensitive', () => {
  it('censors sensitive keys at depths 1 to 4, in objects and arrays, leaving the input untouched', () => {
    const input = {
      password: 'p',
      user: { id: 'u1', phone: '13800138000' },
      body: { identity: { documentNumber: '500103198805124713', fullName: 'x' } },
      items: [{ token: 't' }],
      deep: { a: { b: { c: { password: 'too deep' } } } },
    };
    const before = JSON.stringify(input);
    expect(censorSensitive(input)).toEqual({
      password: CENSOR,
      user: { id: 'u1', phone: CENSOR },
      body: { identity: { documentNumber: CENSOR, fullName: 'x' } },
      items: [{ token: CENSOR }],
      deep: { a: { b: { c: { password: 'too deep' } } } },
    });
    expect(JSON.stringify(input)).toBe(before);
  });

  it('returns a value without sensitive keys as it is, sharing clean parts of a censored one', () => {
    const clean = { a: { b: [1, 2, { c: 'd' }] } };
    expect(censorSensitive(clean)).toBe(clean);
    const mixed = { clean, secret: { password: 'p' } };
    expect(censorSensitive(mixed).clean).toBe(clean);
    expect(censorSensitive('text')).toBe('text');
    expect(censorSensitive(null)).toBeNull();
  });
});

// What the API and the worker really write (censored keys, request paths, errors) is tested on
// their own log output in test/logging.e2e-spec.ts.
