/** How many values equal `value` (one bar of a histogram). */
export interface HistogramBar {
  value: number;
  count: number;
}

/**
 * The p-th percentile (0..1) of the values a histogram counts, interpolated between the two
 * nearest ranks as PostgreSQL's percentile_cont does: the same answer as over the values one
 * by one. `bars` sorted by value, counts positive; null when it counts nothing.
 */
export function percentileCont(bars: readonly HistogramBar[], p: number): number | null {
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  if (total === 0) return null;
  const position = p * (total - 1);
  const lower = Math.floor(position);
  const below = valueAtRank(bars, lower);
  return position === lower ? below : below + (position - lower) * (valueAtRank(bars, lower + 1) - below);
}

/** The value at a 0-based rank of the sorted values. */
function valueAtRank(bars: readonly HistogramBar[], rank: number): number {
  let seen = 0;
  for (const bar of bars) {
    seen += bar.count;
    if (rank < seen) return bar.value;
  }
  throw new RangeError(`rank ${rank} is past the histogram's ${seen} values`);
}
