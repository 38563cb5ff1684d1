import { describe, expect, it } from '@jest/globals';
import { withoutPointers } from './local-draft';

describe('withoutPointers: the autosave patch without the refused fields', () => {
  it('drops a refused field and keeps its valid neighbours', () => {
    const patch = { identity: { documentNumber: '500103198805124713', mobile: '12345' }, employer: { name: 'A' } };
    expect(withoutPointers(patch, ['/identity/mobile'])).toEqual({ identity: { documentNumber: '500103198805124713' }, employer: { name: 'A' } });
    expect(patch.identity.mobile).toBe('12345');
  });

  it('drops an object emptied by the removal, and a whole array for a pointer into it', () => {
    expect(withoutPointers({ identity: { mobile: '1' }, workHistory: [{ start: 'x' }] }, ['/identity/mobile', '/workHistory/0/start'])).toEqual({});
  });

  it('ignores pointers to members the patch does not have', () => {
    expect(withoutPointers({ a: { b: 1 } }, ['/a/c', '/x/y'])).toEqual({ a: { b: 1 } });
  });
});
