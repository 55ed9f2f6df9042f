import { determinedCells } from './disclosure-audit.ts';
import type { GroupedTable, Line } from './grouped-table.ts';

/** The smallest k the product accepts: a cell describing fewer artisans is never shown. */
export const MINIMUM_K = 5;

export interface Suppression {
  /** Ids of the cells that must not be published, with no figure at all. */
  suppressed: Set<string>;
  /** Of those, the ones hidden only to protect another (their own count is k or more). */
  complementary: Set<string>;
}

/**
 * Small-cell suppression with complementary suppression:
 * - primary: every cell (or total) describing 1 to k − 1 artisans;
 * - in every line, a hidden cell never stands alone, and the hidden cells of
 *   a line always add up to k or more, so that a subtraction cannot reveal
 *   one, nor show that a group is small;
 * - finally an exact audit over all lines at once: a hidden cell that the
 *   published figures still determine gets a companion.
 * Companions are the smallest published cells, so that as little as possible
 * is hidden.
 */
export function suppressSmallCells(table: GroupedTable, k: number): Suppression {
  if (!Number.isInteger(k) || k < MINIMUM_K) {
    throw new RangeError(`k doit être un entier d’au moins ${MINIMUM_K} (reçu : ${k}).`);
  }
  const n = (id: string) => table.cells.get(id)?.n ?? 0;
  const suppressed = new Set<string>();
  for (const cell of table.cells.values()) {
    if (cell.n > 0 && cell.n < k) suppressed.add(cell.id);
  }
  const primary = new Set(suppressed);
  const smallestFirst = (ids: readonly string[]) =>
    ids
      .filter((id) => !suppressed.has(id) && n(id) > 0)
      .sort((a, b) => n(a) - n(b) || a.localeCompare(b));
  const smallestPublished = (ids: readonly string[]) => smallestFirst(ids)[0];

  /** Hides one more cell of the line; false when there is none left to hide. */
  const widen = (line: Line): boolean => {
    const companion =
      smallestPublished(line.members) ?? (suppressed.has(line.total) ? undefined : line.total);
    if (companion === undefined) return false;
    suppressed.add(companion);
    return true;
  };

  /**
   * The published cell to hide beside a hidden cell the published figures
   * still determine: among the published cells sharing a line with it, the
   * smallest that makes it undetermined; failing that, the smallest of them;
   * failing that (its lines are all hidden already), the smallest published
   * cell of the table. Each call hides one more cell, so the audit ends.
   */
  const companionFor = (exposed: string): string => {
    const neighbours = new Set<string>();
    for (const line of table.lines) {
      const ids = [line.total, ...line.members];
      if (ids.includes(exposed)) for (const id of ids) neighbours.add(id);
    }
    const candidates = smallestFirst([...neighbours]);
    const freeing = candidates.find(
      (id) => !determinedCells(table.lines, new Set([...suppressed, id])).has(exposed),
    );
    const fallback = candidates[0] ?? smallestFirst([...table.cells.keys()])[0];
    // A published cell always remains while one is determined: with every cell hidden, none is.
    return (freeing ?? fallback) as string;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of table.lines) {
      const ids = [line.total, ...line.members];
      const hidden = ids.filter((id) => suppressed.has(id));
      if (hidden.length === 0) continue;
      const hiddenMembers = line.members.filter((id) => suppressed.has(id));
      const hiddenSum = hiddenMembers.reduce((sum, id) => sum + n(id), 0);
      const lonely = hidden.length === 1;
      const small = !suppressed.has(line.total) && hiddenSum < k;
      if ((lonely || small) && widen(line)) changed = true;
    }
    if (changed) continue;
    const [exposed] = determinedCells(table.lines, suppressed);
    if (exposed === undefined) break;
    suppressed.add(companionFor(exposed));
    changed = true;
  }
  const complementary = new Set([...suppressed].filter((id) => !primary.has(id)));
  return { suppressed, complementary };
}
