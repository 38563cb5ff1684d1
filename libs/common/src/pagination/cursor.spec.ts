import { randomUUID } from 'crypto';
import { plainToInstance } from 'class-transformer';
import { CursorQueryDto, decodeCursor, encodeCursor, TIME_THEN_ID_CURSOR, toCursorPage } from './cursor';
import { AppError } from '../errors/app-error';

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('cursor pagination', () => {
  it('round-trips a key', () => {
    const id = randomUUID();
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', id]), TIME_THEN_ID_CURSOR)).toEqual(['2026-01-01T00:00:00.000Z', id]);
    expect(decodeCursor(encodeCursor(['2026-01-01T08:00:00.123456Z', id]), TIME_THEN_ID_CURSOR)).toEqual(['2026-01-01T08:00:00.123456Z', id]);
  });

  it('rejects garbage and keys of the wrong arity with INVALID_CURSOR', () => {
    expect(() => decodeCursor('not-base64-json', 2)).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(/cursor/);
  });

  it('rejects valid base64 JSON of the wrong contents for the list, naming cursor', () => {
    const forged = ['["x","y"]', '[1e308,-1]', '[null,null]', '{"a":1}', '"x"', `["2026-01-01T00:00:00Z","not-a-uuid"]`, `["-005000-01-01T00:00:00Z","${randomUUID()}"]`, `["2026-13-01T00:00:00Z","${randomUUID()}"]`, `["2026-01-01T00:00:00Z"]`];
    for (const json of forged) {
      try {
        decodeCursor(b64(json), TIME_THEN_ID_CURSOR);
        throw new Error(`accepted ${json}`);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect(error).toMatchObject({ code: 'INVALID_CURSOR', status: 400, details: [{ path: 'cursor', code: 'INVALID_CURSOR' }] });
      }
    }
  });

  it('CursorQueryDto refuses a forged cursor while transforming the query, before any list runs', () => {
    expect(() => plainToInstance(CursorQueryDto, { cursor: b64('["x","y"]') })).toThrow(AppError);
    const good = encodeCursor(['2026-01-01T00:00:00.000Z', randomUUID()]);
    expect(plainToInstance(CursorQueryDto, { cursor: good }).cursor).toBe(good);
  });

  it('returns a next cursor only when there are more rows', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toCursorPage(rows, 2, (r) => [r.id]);
    expect(page.items).toHaveLength(2);
    expect(decodeCursor(page.nextCursor!, ['integer'])).toEqual([2]);
    expect(toCursorPage(rows, 3, (r) => [r.id]).nextCursor).toBeNull();
  });
});
