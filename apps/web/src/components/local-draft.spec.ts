import { describe, expect, it } from '@jest/globals';
import { sortDrafts, withoutPointers } from './local-draft';

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

describe('sortDrafts: text typed on this version, or on one the server has moved past', () => {
  it('applies the drafts typed on the version the server holds and holds back those typed on an older one', () => {
    const drafts = { identity: { version: 4, value: { mobile: '139' } }, employer: { version: 3, value: { name: 'Old' } } };
    expect(sortDrafts(drafts, 4)).toEqual({ current: { identity: { mobile: '139' } }, stale: { employer: { name: 'Old' } } });
    expect(sortDrafts(drafts, 5)).toEqual({ current: {}, stale: { identity: { mobile: '139' }, employer: { name: 'Old' } } });
  });
});
