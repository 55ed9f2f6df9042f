// A grouped count as a hypercube: every combination of the grouping keys
// that has artisans, and every margin (the same counts with one or more keys
// summed away, down to the grand total). Margins are what an export publishes
// as totals, so they are what an attacker subtracts.

export type GroupKeys = Readonly<Record<string, string>>;

export interface Cell {
  /** Stable identity: the keys it is grouped by, in dimension order. */
  id: string;
  /** Its keys; a margin lacks the dimensions summed away. */
  keys: GroupKeys;
  /** Number of artisans it describes. */
  n: number;
}

/** A published equation: `total` is the sum of `members`. */
export interface Line {
  total: string;
  members: readonly string[];
}

export interface GroupedTable {
  dimensions: readonly string[];
  cells: ReadonlyMap<string, Cell>;
  lines: readonly Line[];
}

export function cellId(dimensions: readonly string[], keys: GroupKeys): string {
  return dimensions.map((dimension) => (dimension in keys ? keys[dimension] : '*')).join('\u001f');
}

/** Every subset of the dimensions, as kept-dimension lists. */
function subsetsOf(dimensions: readonly string[]): string[][] {
  const subsets: string[][] = [[]];
  for (const dimension of dimensions) {
    for (const subset of [...subsets]) subsets.push([...subset, dimension]);
  }
  return subsets;
}

/**
 * The cells and margins of a grouped count, and the lines that tie them:
 * for each margin and each dimension it sums away, the cells one level
 * finer that add up to it.
 */
export function groupedTable(
  dimensions: readonly string[],
  rows: readonly { keys: GroupKeys; n: number }[],
): GroupedTable {
  const cells = new Map<string, Cell>();
  const subsets = subsetsOf(dimensions);
  for (const row of rows) {
    for (const kept of subsets) {
      const keys = Object.fromEntries(
        kept.map((dimension) => [dimension, row.keys[dimension] ?? '']),
      );
      const id = cellId(dimensions, keys);
      const cell = cells.get(id);
      if (cell) cell.n += row.n;
      else cells.set(id, { id, keys, n: row.n });
    }
  }
  const membersOf = new Map<string, string[]>();
  for (const cell of cells.values()) {
    for (const dimension of dimensions) {
      if (!(dimension in cell.keys)) continue;
      const { [dimension]: _summedAway, ...coarser } = cell.keys;
      const lineId = `${cellId(dimensions, coarser)}\u001e${dimension}`;
      const members = membersOf.get(lineId);
      if (members) members.push(cell.id);
      else membersOf.set(lineId, [cell.id]);
    }
  }
  const lines = [...membersOf].map(([lineId, members]) => ({
    total: lineId.slice(0, lineId.lastIndexOf('\u001e')),
    members: members.sort(),
  }));
  return { dimensions, cells, lines };
}
