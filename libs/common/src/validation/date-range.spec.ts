import { validateSync } from 'class-validator';
import { IsDateInRange, isDateInRange } from './date-range';

class Dated {
  @IsDateInRange() at: unknown;
}

describe('IsDateInRange', () => {
  it('accepts dates (Date or ISO string) in the years 1900 to 2200', () => {
    for (const ok of [new Date('2026-03-01T00:00:00Z'), '1900-01-01', '2200-12-31T23:59:59Z', '2026-03-01T00:00:00+08:00']) expect(isDateInRange(ok)).toBe(true);
  });

  it('refuses far, invalid and non-date values', () => {
    for (const bad of [new Date('-005000-01-01T00:00:00Z'), new Date('+275760-09-13T00:00:00Z'), new Date('x'), '0000-01-01', '1899-12-31', '2201-01-01', '-005000-01-01T00:00:00Z', '2026-02-30x', 5, null, {}]) {
      expect(isDateInRange(bad)).toBe(false);
    }
  });

  it('reports FIELD_IS_DATE_IN_RANGE through class-validator', () => {
    const errors = validateSync(Object.assign(new Dated(), { at: new Date('1800-01-01') }));
    expect(errors[0].constraints).toEqual({ isDateInRange: 'at must be a date in the years 1900 to 2200' });
  });
});
