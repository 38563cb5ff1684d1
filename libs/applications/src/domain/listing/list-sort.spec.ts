import { encodeCursor } from '@app/common';
import { decodeListCursor, encodeListCursor, keysetPhases, nullsPlacement, resolveSort } from './list-sort';
import { escapeLike, textSearch } from './text-search';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('list sorts', () => {
  it('defaults each key to its natural direction', () => {
    expect(resolveSort()).toEqual({ sort: 'createdAt', order: 'desc' });
    expect(resolveSort('referenceNumber')).toEqual({ sort: 'referenceNumber', order: 'asc' });
    expect(resolveSort('score')).toEqual({ sort: 'score', order: 'desc' });
    expect(resolveSort('score', 'asc')).toEqual({ sort: 'score', order: 'asc' });
  });

  it('keeps the original [createdAt, id] cursor for the default sort and tags the others', () => {
    const def = resolveSort();
    const c = encodeListCursor(def, '2026-05-01T08:00:00.123456Z', ID);
    expect(c).toBe(encodeCursor(['2026-05-01T08:00:00.123456Z', ID]));
    expect(decodeListCursor(def, c)).toEqual({ value: '2026-05-01T08:00:00.123456Z', id: ID });
    const score = resolveSort('score');
    expect(decodeListCursor(score, encodeListCursor(score, '86.33', ID))).toEqual({ value: '86.33', id: ID });
    expect(decodeListCursor(score, encodeListCursor(score, null, ID))).toEqual({ value: null, id: ID });
  });

  it.each([
    ['a cursor of another sort', resolveSort('submittedAt'), encodeCursor(['score:desc', '86.33', ID])],
    ['the other direction', resolveSort('score', 'asc'), encodeCursor(['score:desc', '86.33', ID])],
    ['a score that is not numeric(6,2)', resolveSort('score'), encodeCursor(['score:desc', '86.333', ID])],
    ['SQL in a key', resolveSort('score'), encodeCursor(['score:desc', "1' OR '1'='1", ID])],
    ['a bad timestamp', resolveSort('submittedAt'), encodeCursor(['submittedAt:desc', '2026-13-01T00:00:00Z', ID])],
    ['null for a key that is never null', resolveSort('createdAt', 'asc'), encodeCursor(['createdAt:asc', null, ID])],
    ['an overlong reference', resolveSort('referenceNumber'), encodeCursor(['referenceNumber:asc', 'x'.repeat(49), ID])],
    ['a bad id', resolveSort('referenceNumber'), encodeCursor(['referenceNumber:asc', 'R-1', 'nope'])],
    ['garbage', resolveSort('score'), 'not-a-cursor'],
  ])('refuses %s with INVALID_CURSOR', (_what, sort, cursor) => {
    expect(() => decodeListCursor(sort, cursor)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });

  it('reads a nullable key in two phases (keyed, then unkeyed) and a non-null key in one', () => {
    const score = resolveSort('score');
    expect(keysetPhases(score, null)).toEqual(['a.review_score IS NOT NULL', 'a.review_score IS NULL']);
    expect(keysetPhases(score, { value: '80.00', id: ID })).toEqual([
      '(a.review_score IS NOT NULL AND (a.review_score, a.id) < (:keysetValue, :keysetId))',
      'a.review_score IS NULL',
    ]);
    expect(keysetPhases(score, { value: null, id: ID })).toEqual(['(a.review_score IS NULL AND a.id < :keysetId)']);
    expect(keysetPhases(resolveSort('createdAt', 'asc'), { value: 'x', id: ID })).toEqual(['(a.created_at, a.id) > (:keysetValue, :keysetId)']);
    expect(keysetPhases(resolveSort(), null)).toEqual([null]);
  });

  it('names the NULLS placement the key index gives in the direction asked', () => {
    expect(nullsPlacement(resolveSort('score'))).toBe('NULLS LAST');
    expect(nullsPlacement(resolveSort('score', 'asc'))).toBe('NULLS FIRST');
    expect(nullsPlacement(resolveSort('referenceNumber'))).toBe('NULLS LAST');
    expect(nullsPlacement(resolveSort('referenceNumber', 'desc'))).toBe('NULLS FIRST');
    expect(nullsPlacement(resolveSort())).toBeUndefined();
  });
});

describe('text search', () => {
  it('is a name look-up (prefix) below three characters and a contains match from three on', () => {
    expect(textSearch('王')).toEqual({ mode: 'name_prefix', pattern: '王%' });
    expect(textSearch(' 李娜 ')).toEqual({ mode: 'name_prefix', pattern: '李娜%' });
    expect(textSearch('欧阳娜娜')).toEqual({ mode: 'contains', pattern: '%欧阳娜娜%' });
    expect(textSearch('𠀀𠀁')).toEqual({ mode: 'name_prefix', pattern: '𠀀𠀁%' }); // two characters, four UTF-16 units
    expect(textSearch('   ')).toBeNull();
    expect(textSearch(undefined)).toBeNull();
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(escapeLike('100%_\\')).toBe('100\\%\\_\\\\');
    expect(textSearch('%')).toEqual({ mode: 'name_prefix', pattern: '\\%%' });
    expect(textSearch('a_b%')).toEqual({ mode: 'contains', pattern: '%a\\_b\\%%' });
  });
});
