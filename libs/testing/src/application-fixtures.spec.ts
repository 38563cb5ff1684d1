import { validateResidentId } from '@app/applications';
import { residentIdFor } from './application-fixtures';

describe('residentIdFor', () => {
  it('gives each account its own valid resident ID number, born 1988-05-12, the same for the same seed', () => {
    const numbers = Array.from({ length: 2000 }, (_, i) => residentIdFor(`account-${i}`));
    for (const n of numbers) expect(validateResidentId(n, '2026-12-06')).toMatchObject({ ok: true, birthDate: '1988-05-12', province: '50' });
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(residentIdFor('account-7')).toBe(numbers[7]);
  });
});
