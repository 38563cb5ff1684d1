import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * The years a date anywhere in the API may fall in. Wide enough for any birth date, degree,
 * job or evaluation window; narrow enough that every value is an ordinary PostgreSQL
 * timestamptz/date and an ordinary JavaScript Date (PostgreSQL has no year 0 and refuses
 * `-005000-01-01`; JavaScript's range ends in +275760).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** A valid Date, or an ISO 8601 string of one, whose UTC year is within MIN_YEAR..MAX_YEAR. */
export function isDateInRange(value: unknown): boolean {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return !Number.isNaN(value.getTime()) && year >= MIN_YEAR && year <= MAX_YEAR;
  }
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  return year >= MIN_YEAR && year <= MAX_YEAR && !Number.isNaN(new Date(value).getTime());
}

/**
 * The date (a Date after `@Type(() => Date)`, or an ISO 8601 string) lies in the years
 * MIN_YEAR..MAX_YEAR. Put it beside @IsDate / @IsISO8601, which check the form only.
 * The constraint is `isDateInRange`, so a refusal's detail code is FIELD_IS_DATE_IN_RANGE.
 */
export function IsDateInRange(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isDateInRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a date in the years ${MIN_YEAR} to ${MAX_YEAR}`, ...options },
      validator: { validate: (value: unknown) => isDateInRange(value) },
    });
}
