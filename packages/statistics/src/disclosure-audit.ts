import type { Line } from './grouped-table.ts';

const EPSILON = 1e-9;

/**
 * The suppressed cells whose value anyone can still work out from what is
 * published: each line is an equation (total − members = 0); the published
 * values are known, the suppressed ones are unknowns. A suppressed cell is
 * determined exactly when every solution of the system gives it the same
 * value, that is when no vector of the system's null space moves it.
 */
export function determinedCells(
  lines: readonly Line[],
  suppressed: ReadonlySet<string>,
): Set<string> {
  const unknowns = [...suppressed].sort();
  const column = new Map(unknowns.map((id, index) => [id, index]));
  const rows: number[][] = [];
  for (const line of lines) {
    const row = new Array<number>(unknowns.length).fill(0);
    let touches = false;
    for (const [id, coefficient] of [
      [line.total, 1] as const,
      ...line.members.map((member) => [member, -1] as const),
    ]) {
      const index = column.get(id);
      if (index === undefined) continue;
      row[index] = (row[index] ?? 0) + coefficient;
      touches = true;
    }
    if (touches) rows.push(row);
  }
  // Reduced row echelon form.
  const pivots: number[] = [];
  let rank = 0;
  for (let col = 0; col < unknowns.length && rank < rows.length; col += 1) {
    let best = rank;
    for (let r = rank + 1; r < rows.length; r += 1) {
      if (Math.abs(rows[r]?.[col] ?? 0) > Math.abs(rows[best]?.[col] ?? 0)) best = r;
    }
    if (Math.abs(rows[best]?.[col] ?? 0) < EPSILON) continue;
    [rows[rank], rows[best]] = [rows[best] as number[], rows[rank] as number[]];
    const pivotRow = rows[rank] as number[];
    const pivot = pivotRow[col] as number;
    for (let c = 0; c < unknowns.length; c += 1) pivotRow[c] = (pivotRow[c] as number) / pivot;
    for (let r = 0; r < rows.length; r += 1) {
      const row = rows[r] as number[];
      const factor = row[col] as number;
      if (r === rank || Math.abs(factor) < EPSILON) continue;
      for (let c = 0; c < unknowns.length; c += 1) {
        row[c] = (row[c] as number) - factor * (pivotRow[c] as number);
      }
    }
    pivots.push(col);
    rank += 1;
  }
  // A pivot unknown whose row names no free unknown has one possible value.
  const determined = new Set<string>();
  const pivotSet = new Set(pivots);
  pivots.forEach((col, r) => {
    const row = rows[r] as number[];
    const free = row.some((value, c) => c !== col && !pivotSet.has(c) && Math.abs(value) > EPSILON);
    if (!free) determined.add(unknowns[col] as string);
  });
  return determined;
}
