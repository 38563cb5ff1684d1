import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../errors/app-error';
import { isUuid } from './uuid';

/**
 * A path or query parameter that must be a UUID. Unlike Nest's ParseUUIDPipe, the 400 names
 * the parameter in `details` like every other validation error.
 */
@Injectable()
export class ParseUuidParam implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (isUuid(value)) return value;
    const path = metadata.data ?? metadata.type;
    throw new ValidationFailedError([{ path, code: 'FIELD_IS_UUID', message: `${path} must be a UUID` }], `Invalid fields: ${path}`);
  }
}
