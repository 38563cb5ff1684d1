import { registerDecorator, ValidationOptions } from 'class-validator';
import { LEVELS } from '@app/applications';
import { isUuid } from '@app/common';

/** Whether `value` maps title levels to form version ids (UUIDs), and nothing else. */
export function isFormVersionMap(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([level, id]) => (LEVELS as readonly string[]).includes(level) && isUuid(id));
}

/** `formVersions` of a cycle: `{ "<level>": "<form version uuid>" }`. Detail code FIELD_IS_FORM_VERSION_MAP. */
export function IsFormVersionMap(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isFormVersionMap',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must map title levels (${LEVELS.join(', ')}) to form version ids (UUIDs)`, ...options },
      validator: { validate: isFormVersionMap },
    });
}
