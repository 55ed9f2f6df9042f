import {
  type AggregateDimension,
  type AggregateRow,
  type Aggregates,
  type AggregatesQuery,
  type ThemeKey,
  themeKeys,
} from '@capnum/contracts';
import { addDays, parisDate } from '@capnum/contracts/paris-time';
import { cellId, groupedTable, suppressSmallCells } from '@capnum/statistics';
import { analytical, type Db } from '../../../db/database.ts';
import type { Clock } from '../../../lib/clock.ts';
import { UnprocessableError } from '../../../lib/errors.ts';
import type { AccessClaims } from '../../../plugins/authentication.ts';
import * as repository from './statistics.repository.ts';

const LEVEL = 'level';

/** Mean and median (as SQL's percentile_cont(0.5)) of whole scores counted by value. */
export function meanAndMedian(byScore: readonly number[]): { mean: number; median: number } {
  let count = 0;
  let sum = 0;
  byScore.forEach((n, score) => {
    count += n;
    sum += n * score;
  });
  const valueAt = (position: number) => {
    let seen = 0;
    for (let score = 0; score < byScore.length; score += 1) {
      seen += byScore[score] ?? 0;
      if (seen > position) return score;
    }
    return 0;
  };
  const median = (valueAt(Math.floor((count - 1) / 2)) + valueAt(Math.ceil((count - 1) / 2))) / 2;
  return { mean: Math.round((sum / count) * 10) / 10, median };
}

/** The period asked for; by default the twelve months up to today (Paris). */
export function periodOf(
  query: { from?: string | undefined; to?: string | undefined },
  now: Date,
): repository.Period {
  const to = query.to ?? parisDate(now);
  const from = query.from ?? addDays(to, -364);
  if (from > to) {
    throw new UnprocessableError('La date de début est après la date de fin.', 'UNPROCESSABLE', [
      { field: 'from', message: 'Choisissez une date de début avant la date de fin.' },
    ]);
  }
  return { from, to };
}

/**
 * Grouped statistics of the chamber where no figure describes fewer than k
 * artisans, and no hidden figure can be worked out from the others: counts
 * by the grouping keys and by level form one table with all its totals,
 * suppressed together (packages/statistics); means, medians and level
 * counts are only given for the groups whose count is published.
 */
export function createStatisticsService({ db, clock, k }: { db: Db; clock: Clock; k: number }) {
  return {
    async aggregates(claims: AccessClaims, query: AggregatesQuery): Promise<Aggregates> {
      const groupBy: AggregateDimension[] = query.groupBy ?? [];
      const period = periodOf(query, clock.now());
      const withLevels = !groupBy.includes('level');
      const dims: string[] = withLevels ? [...groupBy, LEVEL] : [...groupBy];
      const themes: (ThemeKey | 'overall')[] = query.theme
        ? [query.theme]
        : ['overall', ...themeKeys];
      const histograms = await analytical(db, (trx) =>
        repository.scoreHistograms(
          trx,
          claims.chamberId,
          query,
          period,
          dims as AggregateDimension[],
          clock.now(),
        ),
      );
      const counts = histograms
        .filter((row) => row.measure === 'overall')
        .reduce((cells, row) => {
          const id = cellId(dims, row.keys);
          const cell = cells.get(id) ?? { keys: row.keys, n: 0 };
          for (const n of row.counts) cell.n += n;
          return cells.set(id, cell);
        }, new Map<string, { keys: Record<string, string>; n: number }>());
      const table = groupedTable(dims, [...counts.values()]);
      const { suppressed } = suppressSmallCells(table, k);
      // Each histogram row adds to every group that contains its finest cell: one pass,
      // whatever the number of groups.
      const byGroup = new Map<string, number[]>();
      const groupSubsets: AggregateDimension[][] = [[]];
      for (const dim of groupBy) {
        for (const subset of [...groupSubsets]) groupSubsets.push([...subset, dim]);
      }
      for (const row of histograms) {
        for (const kept of groupSubsets) {
          const keys = Object.fromEntries(kept.map((dim) => [dim, row.keys[dim] ?? '']));
          const id = `${cellId(dims, keys)}\u001e${row.measure}`;
          let byScore = byGroup.get(id);
          if (!byScore) {
            byScore = new Array<number>(101).fill(0);
            byGroup.set(id, byScore);
          }
          row.scores.forEach((score, index) => {
            byScore[score] = (byScore[score] ?? 0) + (row.counts[index] ?? 0);
          });
        }
      }
      /** Mean and median of one measure over every finest cell that a group contains. */
      const measureOf = (keys: Record<string, string>, measure: ThemeKey | 'overall') =>
        meanAndMedian(byGroup.get(`${cellId(dims, keys)}\u001e${measure}`) ?? []);
      const rows: AggregateRow[] = [];
      const totals: AggregateRow[] = [];
      for (const cell of table.cells.values()) {
        // A row is a group of artisans; with levels added, the level cells are its distribution.
        if (withLevels && LEVEL in cell.keys) continue;
        const hidden = suppressed.has(cell.id);
        const keys = cell.keys as AggregateRow['keys'];
        const measure = hidden
          ? undefined
          : Object.fromEntries(themes.map((theme) => [theme, measureOf(cell.keys, theme)]));
        const levelCount = (level: number) => {
          if (!withLevels) return null;
          const id = cellId(dims, { ...cell.keys, [LEVEL]: String(level) });
          const levelCell = table.cells.get(id);
          if (!levelCell) return 0;
          return suppressed.has(id) ? null : levelCell.n;
        };
        const row: AggregateRow = {
          keys,
          total: groupBy.some((dim) => !(dim in cell.keys)),
          suppressed: hidden,
          n: hidden ? null : cell.n,
          overall: measure?.overall ?? null,
          themes:
            hidden || !measure
              ? null
              : Object.fromEntries(
                  themes
                    .filter((theme) => theme !== 'overall')
                    .map((theme) => [theme, measure[theme]]),
                ),
          levels:
            hidden || !withLevels
              ? null
              : { 1: levelCount(1), 2: levelCount(2), 3: levelCount(3), 4: levelCount(4) },
        };
        (row.total ? totals : rows).push(row);
      }
      const order = (a: AggregateRow, b: AggregateRow) =>
        groupBy
          .map((dim) => (a.keys[dim] ?? '\uffff').localeCompare(b.keys[dim] ?? '\uffff'))
          .find((difference) => difference !== 0) ?? 0;
      return {
        k,
        groupBy,
        from: period.from,
        to: period.to,
        rows: rows.sort(order),
        totals: totals.sort(order),
      };
    },
  };
}

export type StatisticsService = ReturnType<typeof createStatisticsService>;
