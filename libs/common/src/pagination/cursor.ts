import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppError } from '../errors/app-error';
import { MAX_YEAR, MIN_YEAR } from '../validation/date-range';
import { isUuid } from '../validation/uuid';

export type CursorKey = (string | number | null)[];

/**
 * What one position of a cursor key holds, checked when a cursor comes back so a forged one is
 * a 400 INVALID_CURSOR instead of a database error:
 * - `timestamp`: an ISO 8601 UTC instant as the lists write it (`2026-01-01T08:00:00.123456Z`),
 *   in the years MIN_YEAR..MAX_YEAR;
 * - `uuid`: a UUID (the row id);
 * - `integer`: a safe integer.
 */
export type CursorPart = 'timestamp' | 'uuid' | 'integer';
export type CursorShape = readonly CursorPart[];

/** The key of every keyset list of the API today: newest first on (a timestamptz column, id). */
export const TIME_THEN_ID_CURSOR: CursorShape = ['timestamp', 'uuid'];

const TIMESTAMP = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,6})?Z$/;

/** Whether `value` is what a cursor position of kind `part` holds (for lists that check their own key shapes). */
export function fitsCursorPart(part: CursorPart, value: unknown): boolean {
  switch (part) {
    case 'timestamp': {
      if (typeof value !== 'string') return false;
      const match = TIMESTAMP.exec(value);
      const year = match ? Number(match[1]) : NaN;
      return year >= MIN_YEAR && year <= MAX_YEAR && !Number.isNaN(Date.parse(value));
    }
    case 'uuid':
      return isUuid(value);
    case 'integer':
      return Number.isSafeInteger(value);
  }
}

export function invalidCursor(): AppError {
  const message = 'cursor is not a cursor returned by this list';
  return new AppError('INVALID_CURSOR', message, 400, [{ path: 'cursor', code: 'INVALID_CURSOR', message }]);
}

/** Cursors are base64url JSON arrays of the sort-key values of the last row of a page. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The key a cursor holds, checked against the list's `shape` (its length and each position's
 * kind); anything else throws a 400 INVALID_CURSOR naming `cursor`.
 *
 * Passing a number checks the length and that each value is a string, number or null only:
 * kept for the lists that have not declared their shape yet, whose HTTP query DTOs
 * (CursorQueryDto) check the shape before the cursor gets here.
 */
export function decodeCursor(cursor: string, shape: CursorShape | number): CursorKey {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(value)) throw invalidCursor();
  const ok =
    typeof shape === 'number'
      ? value.length === shape && value.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
      : value.length === shape.length && shape.every((part, i) => fitsCursorPart(part, value[i]));
  if (!ok) throw invalidCursor();
  return value as CursorKey;
}

/** `?limit=&cursor=` for every keyset-paginated list (keyed on TIME_THEN_ID_CURSOR). */
export class CursorQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor); anything else is a 400 INVALID_CURSOR' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  // A forged cursor is refused here, before any list runs a query with it.
  @Transform(({ value }) => {
    if (typeof value === 'string' && value.length <= 512) decodeCursor(value, TIME_THEN_ID_CURSOR);
    return value;
  })
  cursor?: string;
}

export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export class CursorPageMeta {
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?cursor= to get the next page; null on the last page' })
  nextCursor: string | null;
}

/** Fetch limit+1 rows, return limit and a cursor built from the last returned row. */
export function toCursorPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): CursorPage<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextCursor: hasMore && items.length ? encodeCursor(keyOf(items[items.length - 1])) : null };
}

export const DEFAULT_PAGE_SIZE = 20;
