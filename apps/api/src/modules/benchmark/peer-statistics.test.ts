import { describe, expect, it } from 'vitest';
import { type Histogram, percentileRank, positionIn, quantile } from './peer-statistics.ts';

const histogramOf = (scores: number[]): Histogram => {
  const histogram = new Map<number, number>();
  for (const score of scores) histogram.set(score, (histogram.get(score) ?? 0) + 1);
  return histogram;
};

describe('percentiles, medians and quartiles', () => {
  // 15 scores, sorted: 10 20 30 40 40 50 50 50 60 60 70 80 90 95 100.
  const group = histogramOf([50, 10, 20, 30, 40, 40, 50, 50, 60, 60, 70, 80, 90, 95, 100]);

  it('ranks a score by the share below it, ties counting for half (by hand)', () => {
    // 5 below 50, 3 equal: (5 + 1.5) / 15 = 43.3 %.
    expect(percentileRank(group, 50)).toBe(43);
    // Nobody below 10, 1 equal: 0.5 / 15 = 3.3 %.
    expect(percentileRank(group, 10)).toBe(3);
    // 14 below 100, 1 equal: 14.5 / 15 = 96.7 %.
    expect(percentileRank(group, 100)).toBe(97);
    // A score nobody has: 2 below 25 → 13.3 %.
    expect(percentileRank(group, 25)).toBe(13);
    expect(percentileRank(group, 0)).toBe(0);
    expect(percentileRank(group, 101)).toBe(100);
  });

  it('interpolates quartiles between ranks like percentile_cont (by hand)', () => {
    // Positions 0.25·14 = 3.5, 0.5·14 = 7, 0.75·14 = 10.5 (0-based).
    expect(quantile(group, 0.25)).toBe(40); // between 40 and 40
    expect(quantile(group, 0.5)).toBe(50); // the 8th score
    expect(quantile(group, 0.75)).toBe(75); // between 70 and 80
    expect(positionIn(group, 50)).toEqual({
      score: 50,
      percentile: 43,
      lowerQuartile: 40,
      median: 50,
      upperQuartile: 75,
    });
  });

  it('gives an even group the mean of its two middle scores, and quarters rounded to a tenth', () => {
    // 16 scores: 1 2 … 16 → median between 8 and 9; Q1 at 3.75 → 4.75; Q3 at 11.25 → 12.25.
    const even = histogramOf(Array.from({ length: 16 }, (_, index) => index + 1));
    expect(quantile(even, 0.5)).toBe(8.5);
    expect(quantile(even, 0.25)).toBe(4.75);
    expect(quantile(even, 0.75)).toBe(12.25);
    expect(positionIn(even, 8)).toMatchObject({
      percentile: 47, // 7.5 / 16 = 46.9 %
      lowerQuartile: 4.8,
      median: 8.5,
      upperQuartile: 12.3,
    });
  });

  it('agrees with sorting every score, on many pseudo-random groups', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed;
    };
    for (let run = 0; run < 300; run += 1) {
      const scores = Array.from({ length: 5 + (next() % 60) }, () => next() % 101);
      const sorted = [...scores].sort((a, b) => a - b);
      const histogram = histogramOf(scores);
      for (const p of [0.25, 0.5, 0.75]) {
        const position = p * (sorted.length - 1);
        const low = sorted[Math.floor(position)] as number;
        const high = sorted[Math.ceil(position)] as number;
        expect(quantile(histogram, p)).toBeCloseTo(low + (position % 1) * (high - low), 9);
      }
      const score = next() % 101;
      const below = sorted.filter((value) => value < score).length;
      const equal = sorted.filter((value) => value === score).length;
      expect(percentileRank(histogram, score)).toBe(
        Math.round((100 * (below + equal / 2)) / sorted.length),
      );
    }
  });
});
