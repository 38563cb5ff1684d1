import { formatShanghaiDateTime } from './clock';

describe('formatShanghaiDateTime', () => {
  it('formats an instant in Beijing time', () => {
    expect(formatShanghaiDateTime(new Date('2026-05-31T09:00:00Z'))).toBe('2026-05-31 17:00');
    expect(formatShanghaiDateTime(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01 00:30');
  });
});
