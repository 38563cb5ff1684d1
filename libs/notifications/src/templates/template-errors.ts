/**
 * Errors raised while rendering. Plain `Error` subclasses (not the portal's
 * AppError) because this module is framework-free; both carry a stable `code` so
 * the dispatcher and the admin preview endpoint can map them without string
 * matching. A missing variable is a sender bug: failing loudly beats e-mailing a
 * deadline that reads "{{correctionDeadline}}".
 */
export class TemplateVariableError extends Error {
  readonly code = 'TEMPLATE_VARIABLE';

  constructor(
    readonly templateKey: string,
    readonly variable: string,
    readonly problem: 'missing' | 'invalid' = 'missing',
    detail?: string,
  ) {
    super(
      problem === 'missing'
        ? `Template "${templateKey}" needs variable "${variable}", which is missing or empty`
        : `Template "${templateKey}": variable "${variable}" is invalid${detail ? ` (${detail})` : ''}`,
    );
    this.name = 'TemplateVariableError';
  }
}

export class UnknownTemplateError extends Error {
  readonly code = 'TEMPLATE_UNKNOWN';

  constructor(
    readonly templateKey: string,
    readonly locale?: string,
  ) {
    super(locale === undefined ? `Unknown template "${templateKey}"` : `Template "${templateKey}" has no "${locale}" version`);
    this.name = 'UnknownTemplateError';
  }
}
