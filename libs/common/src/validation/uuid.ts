/**
 * A UUID as PostgreSQL's uuid type reads it: 32 hex digits in 8-4-4-4-12 groups, any
 * version. class-validator's isUUID also demands an RFC 4122 version and variant, which
 * ids made by md5()::uuid (imports, the bench) do not have.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
