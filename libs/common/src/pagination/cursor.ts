import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AppError } from '../errors/app-error';

/** `?limit=&cursor=` for every keyset-paginated list. */
export class CursorQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page (nextCursor)' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
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

export type CursorKey = (string | number | null)[];

/** Cursors are base64url JSON arrays of the sort-key values of the last row of a page. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === arity && value.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return value as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('INVALID_CURSOR', 'cursor is not a cursor returned by this list', 400, [
    { path: 'cursor', code: 'INVALID_CURSOR', message: 'cursor is not a cursor returned by this list' },
  ]);
}

/** Fetch limit+1 rows, return limit and a cursor built from the last returned row. */
export function toCursorPage<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): CursorPage<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return { items, nextCursor: hasMore && items.length ? encodeCursor(keyOf(items[items.length - 1])) : null };
}

export const DEFAULT_PAGE_SIZE = 20;
