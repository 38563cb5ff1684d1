import { barEnd } from './revocation.service';

describe('barEnd', () => {
  it('is midnight in Shanghai of the same day, years later', () => {
    // 2026-11-29 10:00 in Shanghai
    expect(barEnd(new Date('2026-11-29T02:00:00Z'), 3).toISOString()).toBe('2029-11-28T16:00:00.000Z');
    // 2026-11-30 07:30 in Shanghai is still 29 November in UTC
    expect(barEnd(new Date('2026-11-29T23:30:00Z'), 3).toISOString()).toBe('2029-11-29T16:00:00.000Z');
  });

  it('ends a bar started on 29 February on 1 March', () => {
    expect(barEnd(new Date('2028-02-29T04:00:00Z'), 1).toISOString()).toBe('2029-02-28T16:00:00.000Z');
  });
});
