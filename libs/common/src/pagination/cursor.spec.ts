import { decodeCursor, encodeCursor, toCursorPage } from './cursor';
import { AppError } from '../errors/app-error';

describe('cursor pagination', () => {
  it('round-trips a key', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'abc']), 2)).toEqual(['2026-01-01T00:00:00.000Z', 'abc']);
  });
  it('rejects garbage and keys of the wrong arity with INVALID_CURSOR', () => {
    expect(() => decodeCursor('not-base64-json', 2)).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(/cursor/);
  });
  it('returns a next cursor only when there are more rows', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toCursorPage(rows, 2, (r) => [r.id]);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!, 1)).toEqual([2]);
    expect(toCursorPage(rows, 3, (r) => [r.id]).nextCursor).toBeNull();
  });
});
