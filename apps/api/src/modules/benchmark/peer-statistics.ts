/**
 * Where a score stands in a group, from the group's histogram (how many
 * artisans have each whole score from 0 to 100): pure functions, no I/O.
 * The histogram is counted in SQL; nothing here ever sees one artisan.
 */

/** How many artisans of the group have each score. */
export type Histogram = ReadonlyMap<number, number>;

export function sizeOf(histogram: Histogram): number {
  let size = 0;
  for (const count of histogram.values()) size += count;
  return size;
}

/**
 * The percentile rank of a score: the share of the group with a lower score,
 * ties counting for half, in whole per cent (0 to 100).
 */
export function percentileRank(histogram: Histogram, score: number): number {
  const size = sizeOf(histogram);
  if (size === 0) throw new Error('percentileRank: empty group');
  let below = 0;
  let equal = 0;
  for (const [value, count] of histogram) {
    if (value < score) below += count;
    else if (value === score) equal += count;
  }
  return Math.round((100 * (below + equal / 2)) / size);
}

/**
 * The quantile of fraction `p` with linear interpolation between the two
 * nearest ranks (position p·(n−1) in the sorted scores), as PostgreSQL's
 * `percentile_cont` and a spreadsheet's QUARTILE.INC compute it.
 */
export function quantile(histogram: Histogram, p: number): number {
  const size = sizeOf(histogram);
  if (size === 0) throw new Error('quantile: empty group');
  const position = p * (size - 1);
  const lowerRank = Math.floor(position);
  const sorted = [...histogram.entries()]
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a - b);
  /** The score at a 0-based rank of the sorted scores. */
  const scoreAt = (rank: number) => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (rank < seen) return value;
    }
    return sorted[sorted.length - 1]?.[0] ?? 0;
  };
  const lower = scoreAt(lowerRank);
  const fraction = position - lowerRank;
  if (fraction === 0) return lower;
  return lower + fraction * (scoreAt(lowerRank + 1) - lower);
}

/** One decimal: quartiles fall on quarters of a point, a tenth is precise enough to read. */
const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export interface Position {
  score: number;
  percentile: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
}

/** A score's percentile and the group's quartiles: never its minimum or maximum. */
export function positionIn(histogram: Histogram, score: number): Position {
  return {
    score,
    percentile: percentileRank(histogram, score),
    lowerQuartile: oneDecimal(quantile(histogram, 0.25)),
    median: oneDecimal(quantile(histogram, 0.5)),
    upperQuartile: oneDecimal(quantile(histogram, 0.75)),
  };
}
