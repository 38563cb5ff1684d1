import { ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

/** A share written `n/d` (both positive integers), kept as integers so rules compare without rounding. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** Reads `n/d`; undefined unless both are positive integers and n <= d. */
export function parseFraction(value: string): Fraction | undefined {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(value);
  if (!match) return undefined;
  const numerator = Number(match[1]);
  const denominator = Number(match[2]);
  if (numerator < 1 || denominator < 1 || numerator > denominator) return undefined;
  return { numerator, denominator };
}

@ValidatorConstraint({ name: 'fractionAtMostOne' })
export class FractionAtMostOneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseFraction(value) !== undefined;
  }

  defaultMessage(): string {
    return 'must be a share n/d of positive integers with n <= d (e.g. 2/3)';
  }
}
