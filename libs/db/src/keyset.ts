/**
 * A timestamptz column rendered at full (microsecond) precision for a keyset cursor.
 * A JS Date keeps milliseconds only: a cursor built from it would skip rows created
 * in the same millisecond as the last row of a page.
 */
export function cursorTimestampSql(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
