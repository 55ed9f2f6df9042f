import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { determinedCells } from './disclosure-audit.ts';
import { groupedTable } from './grouped-table.ts';
import { suppressSmallCells } from './suppression.ts';

/** A grouped count over two or three small dimensions, with many small cells. */
const tables = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
      minLength: 64,
      maxLength: 64,
    }),
    k: fc.integer({ min: 5, max: 11 }),
  })
  .map(({ sizes, counts, k }) => {
    const dimensions = sizes.map((_, index) => `d${index}`);
    const rows: { keys: Record<string, string>; n: number }[] = [];
    const total = sizes.reduce((product, size) => product * size, 1);
    for (let index = 0; index < total; index += 1) {
      let rest = index;
      const keys: Record<string, string> = {};
      sizes.forEach((size, d) => {
        keys[`d${d}`] = `v${rest % size}`;
        rest = Math.floor(rest / size);
      });
      const n = counts[index] ?? 0;
      if (n > 0) rows.push({ keys, n });
    }
    return { table: groupedTable(dimensions, rows), k };
  });

describe('small-cell suppression, on any grouped count', () => {
  it('publishes no cell or total describing fewer than k artisans', () => {
    fc.assert(
      fc.property(tables, ({ table, k }) => {
        const { suppressed } = suppressSmallCells(table, k);
        const exposed = [...table.cells.values()].filter(
          (cell) => !suppressed.has(cell.id) && cell.n < k,
        );
        expect(exposed).toEqual([]);
      }),
    );
  });

  it('leaves no hidden cell alone in a line, nor a hidden sum under k beside a published total', () => {
    fc.assert(
      fc.property(tables, ({ table, k }) => {
        const { suppressed } = suppressSmallCells(table, k);
        const n = (id: string) => table.cells.get(id)?.n ?? 0;
        const weak = table.lines.filter((line) => {
          const hidden = [line.total, ...line.members].filter((id) => suppressed.has(id));
          const hiddenSum = line.members
            .filter((id) => suppressed.has(id))
            .reduce((s, id) => s + n(id), 0);
          return (
            hidden.length === 1 ||
            (hidden.length > 0 && !suppressed.has(line.total) && hiddenSum < k)
          );
        });
        expect(weak).toEqual([]);
      }),
    );
  });

  it('leaves no hidden cell that the published figures determine', () => {
    fc.assert(
      fc.property(tables, ({ table, k }) => {
        const { suppressed } = suppressSmallCells(table, k);
        expect([...determinedCells(table.lines, suppressed)]).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('still hides enough on the table that once beat the audit (seed replayed)', () => {
    // A hidden cell whose first line offered a companion that left it determined.
    fc.assert(
      fc.property(tables, ({ table, k }) => {
        const { suppressed } = suppressSmallCells(table, k);
        expect([...determinedCells(table.lines, suppressed)]).toEqual([]);
      }),
      { seed: 238908106, numRuns: 60 },
    );
  });

  it('hides nothing when every cell is large enough', () => {
    fc.assert(
      fc.property(tables, ({ table, k }) => {
        const allLarge = [...table.cells.values()].every((cell) => cell.n >= k);
        fc.pre(allLarge);
        expect(suppressSmallCells(table, k).suppressed.size).toBe(0);
      }),
    );
  });
});
