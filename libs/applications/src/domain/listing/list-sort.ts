import { CursorKey, decodeCursor, encodeCursor, fitsCursorPart, invalidCursor, TIME_THEN_ID_CURSOR } from '@app/common';

/**
 * The admin application list's sorts. Every sort is a keyset on (sort key, id): the cursor
 * carries the last row's key, and the next page starts strictly after it, so a page never
 * repeats or skips a row whatever is inserted meanwhile.
 *
 * Files without a value for the key (drafts have no submission time or reference number;
 * files not yet reviewed have no score) come last in both directions: an administrator
 * sorting by score wants the scored files first, either way round.
 */
export const APPLICATION_SORTS = ['createdAt', 'submittedAt', 'referenceNumber', 'score'] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** How a sort key is stored and carried in a cursor. */
type KeyKind = 'timestamp' | 'text' | 'decimal';

export interface SortDefinition {
  /** The column, as the list query names it (alias `a`). */
  column: string;
  kind: KeyKind;
  nullable: boolean;
  /** The order when the request does not name one. */
  defaultOrder: SortOrder;
  /**
   * The direction of the key in its (cycle_id, key, id) index, which puts NULLs last in that
   * direction: the query names the NULLS placement the index gives in the direction asked,
   * so that the index, read forwards or backwards, delivers the order without a sort.
   */
  indexOrder: SortOrder;
}

export const SORT_DEFINITIONS: Record<ApplicationSort, SortDefinition> = {
  createdAt: { column: 'a.created_at', kind: 'timestamp', nullable: false, defaultOrder: 'desc', indexOrder: 'asc' },
  submittedAt: { column: 'a.submitted_at', kind: 'timestamp', nullable: true, defaultOrder: 'desc', indexOrder: 'desc' },
  referenceNumber: { column: 'a.reference_number', kind: 'text', nullable: true, defaultOrder: 'asc', indexOrder: 'asc' },
  score: { column: 'a.review_score', kind: 'decimal', nullable: true, defaultOrder: 'desc', indexOrder: 'desc' },
};

/** A resolved sort: key and direction. */
export interface ListSort {
  sort: ApplicationSort;
  order: SortOrder;
}

export const DEFAULT_LIST_SORT: ListSort = { sort: 'createdAt', order: 'desc' };

export function resolveSort(sort?: ApplicationSort, order?: SortOrder): ListSort {
  const key = sort ?? DEFAULT_LIST_SORT.sort;
  return { sort: key, order: order ?? SORT_DEFINITIONS[key].defaultOrder };
}

/** The default sort keeps the list's original cursor, [created_at, id], so existing cursors and clients go on working. */
function isDefault(s: ListSort): boolean {
  return s.sort === DEFAULT_LIST_SORT.sort && s.order === DEFAULT_LIST_SORT.order;
}

/** The tag a cursor of this sort carries: a cursor from one sort is refused by another. */
export function sortTag(s: ListSort): string {
  return `${s.sort}:${s.order}`;
}

/** The longest reference number a cursor may carry (the column is varchar(48)). */
const MAX_TEXT_KEY = 48;
/** numeric(6,2) as PostgreSQL prints it. */
const DECIMAL = /^\d{1,4}(\.\d{1,2})?$/;

function fitsKey(kind: KeyKind, value: unknown): boolean {
  switch (kind) {
    case 'timestamp':
      return fitsCursorPart('timestamp', value);
    case 'text':
      return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT_KEY;
    case 'decimal':
      return typeof value === 'string' && DECIMAL.test(value);
  }
}

/** Where the next page starts: after (value, id); value null = inside the trailing run of files without a key. */
export interface ListPosition {
  value: string | null;
  id: string;
}

/** The cursor for the page after a row whose key is `value` (as the list query selects it) and id `id`. */
export function encodeListCursor(s: ListSort, value: string | null, id: string): string {
  return encodeCursor(isDefault(s) ? [value, id] : [sortTag(s), value, id]);
}

/**
 * The position a cursor holds, checked against the sort it must come from (its tag, the
 * kind of its key, the id): anything else is a 400 INVALID_CURSOR naming `cursor`.
 */
export function decodeListCursor(s: ListSort, cursor: string): ListPosition {
  if (isDefault(s)) {
    const [value, id] = decodeCursor(cursor, TIME_THEN_ID_CURSOR) as [string, string];
    return { value, id };
  }
  const [tag, value, id]: CursorKey = decodeCursor(cursor, 3);
  const def = SORT_DEFINITIONS[s.sort];
  const valueOk = value === null ? def.nullable : fitsKey(def.kind, value);
  if (tag !== sortTag(s) || !valueOk || !fitsCursorPart('uuid', id)) throw invalidCursor();
  return { value: value as string | null, id: id as string };
}

/**
 * The conditions of a page's reads, in order, over the named parameters :keysetValue and
 * :keysetId (values are always bound); null = no condition. A nullable key is read in two
 * phases, the files with a key and then those without (by id), each one index range: one OR
 * of both would leave the index only a filter, scanning from the top on every deep page.
 * The list runs the next phase only when the page is not full yet.
 */
export function keysetPhases(s: ListSort, position: ListPosition | null): (string | null)[] {
  const { column, nullable } = SORT_DEFINITIONS[s.sort];
  const cmp = s.order === 'asc' ? '>' : '<';
  const after = `(${column}, a.id) ${cmp} (:keysetValue, :keysetId)`;
  if (!nullable) return [position ? after : null];
  // Inside the trailing run of files without a key: only that run remains.
  if (position && position.value === null) return [`(${column} IS NULL AND a.id ${cmp} :keysetId)`];
  return [position ? `(${column} IS NOT NULL AND ${after})` : `${column} IS NOT NULL`, `${column} IS NULL`];
}

/** The sort's direction as SQL spells it. */
export function sqlDirection(s: ListSort): 'ASC' | 'DESC' {
  return s.order === 'asc' ? 'ASC' : 'DESC';
}

/**
 * The NULLS placement to name in ORDER BY: the one the key's index gives in this direction
 * (forwards its own, backwards the opposite). Each phase reads keyed or unkeyed files only,
 * so the placement never changes the result, only whether the index serves the order.
 */
export function nullsPlacement(s: ListSort): 'NULLS FIRST' | 'NULLS LAST' | undefined {
  const def = SORT_DEFINITIONS[s.sort];
  if (!def.nullable) return undefined;
  return s.order === def.indexOrder ? 'NULLS LAST' : 'NULLS FIRST';
}
