import { percentileCont } from './histogram-percentile';

/** percentile_cont over the values one by one (PostgreSQL's definition), for comparison. */
function overValues(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  return lower === position ? sorted[lower] : sorted[lower] + (position - lower) * (sorted[lower + 1] - sorted[lower]);
}

function histogramOf(values: number[]) {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count }));
}

describe('percentileCont over a histogram', () => {
  it('is null when the histogram counts nothing', () => {
    expect(percentileCont([], 0.5)).toBeNull();
  });

  it('gives the single value of a one-value histogram at every percentile', () => {
    expect(percentileCont([{ value: 7, count: 3 }], 0.5)).toBe(7);
    expect(percentileCont([{ value: 7, count: 1 }], 0.9)).toBe(7);
  });

  it('interpolates between the nearest ranks, across bars', () => {
    // Values 1, 2, 2, 3, 10: median 2; p90 at rank 3.6 = 3 + 0.6 x (10 - 3).
    const bars = [
      { value: 1, count: 1 },
      { value: 2, count: 2 },
      { value: 3, count: 1 },
      { value: 10, count: 1 },
    ];
    expect(percentileCont(bars, 0.5)).toBe(2);
    expect(percentileCont(bars, 0.9)).toBeCloseTo(7.2, 10);
    expect(percentileCont(bars, 0)).toBe(1);
    expect(percentileCont(bars, 1)).toBe(10);
  });

  it('agrees with percentile_cont over the values one by one', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 50; run++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 40));
      for (const p of [0, 0.1, 0.5, 0.9, 0.99, 1]) expect(percentileCont(histogramOf(values), p)).toBeCloseTo(overValues(values, p), 9);
    }
  });
});
