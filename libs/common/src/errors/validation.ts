import { ValidationError } from 'class-validator';
import { FieldProblem, ValidationFailedError } from './app-error';

/** Flatten class-validator errors into one problem per failed constraint, with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      out.push({ path, code: constraintCode(constraint), message: rewriteUnknown(constraint, message, path) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, path));
  }
  return out;
}

function constraintCode(constraint: string): string {
  if (constraint === 'whitelistValidation') return 'FIELD_UNKNOWN';
  return `FIELD_${constraint.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

function rewriteUnknown(constraint: string, message: string, path: string): string {
  return constraint === 'whitelistValidation' ? `${path} is not an accepted field` : message;
}

export function validationExceptionFactory(errors: ValidationError[]): ValidationFailedError {
  const problems = flattenValidationErrors(errors);
  return new ValidationFailedError(problems, `Invalid fields: ${[...new Set(problems.map((p) => p.path))].join(', ')}`);
}
