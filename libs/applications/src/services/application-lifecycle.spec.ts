import { shanghaiDateTime } from './application-lifecycle';

describe('application lifecycle helpers', () => {
  it('formats instants in Asia/Shanghai', () => {
    expect(shanghaiDateTime(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01 00:30');
  });
});
