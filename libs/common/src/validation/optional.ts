import { ValidateIf, ValidationOptions } from 'class-validator';

/**
 * Like @IsOptional(), but only an absent property (undefined) skips validation: `null` is
 * validated, so the property's other rules refuse it with a 400. For fields of a PATCH that
 * cannot be cleared (a name, a locale, a status): class-validator's @IsOptional() lets null
 * through, and the service would then write NULL into a NOT NULL column.
 * Fields that can be cleared keep @IsOptional() and treat null as "clear" explicitly.
 */
export function IsOptionalNotNull(options?: ValidationOptions): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined, options);
}
