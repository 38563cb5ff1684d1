import { ValidateBy, ValidationOptions } from 'class-validator';
import { isProvinceCode, validateUscc } from '@app/applications';

/** A GB/T 2260 two-digit province code ('50' Chongqing). */
export function IsProvinceCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isProvinceCode', validator: { validate: (value) => isProvinceCode(value), defaultMessage: (args) => `${args?.property ?? "value"} must be a GB/T 2260 two-digit province code` } }, options);
}

/** A unified social credit code (18 characters with a valid check character; lower case accepted). */
export function IsUscc(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isUscc', validator: { validate: (value) => validateUscc(value).ok, defaultMessage: (args) => `${args?.property ?? "value"} must be a valid unified social credit code` } }, options);
}
