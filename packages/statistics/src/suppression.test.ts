import { describe, expect, it } from 'vitest';
import { determinedCells } from './disclosure-audit.ts';
import { cellId, groupedTable } from './grouped-table.ts';
import { MINIMUM_K, suppressSmallCells } from './suppression.ts';

const dims = ['departement', 'sector'];
const id = (keys: Record<string, string>) => cellId(dims, keys);

/** Départements 21, 58 and 89 by two sectors; 58 × batiment has 4 artisans. */
const rows = [
  { keys: { departement: '21', sector: 'alimentation' }, n: 40 },
  { keys: { departement: '21', sector: 'batiment' }, n: 25 },
  { keys: { departement: '58', sector: 'alimentation' }, n: 12 },
  { keys: { departement: '58', sector: 'batiment' }, n: 4 },
  { keys: { departement: '89', sector: 'alimentation' }, n: 30 },
  { keys: { departement: '89', sector: 'batiment' }, n: 9 },
];

describe('small-cell suppression', () => {
  it('builds every margin of a grouped count', () => {
    const table = groupedTable(dims, rows);
    expect(table.cells.get(id({}))?.n).toBe(120);
    expect(table.cells.get(id({ departement: '58' }))?.n).toBe(16);
    expect(table.cells.get(id({ sector: 'batiment' }))?.n).toBe(38);
    expect(table.cells.size).toBe(6 + 3 + 2 + 1);
    // Each département sums its sectors, each sector its départements, and the grand total both ways.
    expect(table.lines).toHaveLength(3 + 2 + 2);
  });

  it('hides the 4 artisans of one cell, and enough others that no subtraction finds them', () => {
    const table = groupedTable(dims, rows);
    const { suppressed, complementary } = suppressSmallCells(table, 5);
    expect([...suppressed].sort()).toEqual(
      [
        id({ departement: '58', sector: 'alimentation' }),
        id({ departement: '58', sector: 'batiment' }),
        id({ departement: '89', sector: 'alimentation' }),
        id({ departement: '89', sector: 'batiment' }),
      ].sort(),
    );
    expect(complementary.has(id({ departement: '58', sector: 'batiment' }))).toBe(false);
    // Every subtraction an attacker can make: a published total minus published members.
    const published = (cell: string) => !suppressed.has(cell);
    for (const line of table.lines) {
      const hidden = [line.total, ...line.members].filter((cell) => !published(cell));
      expect(hidden.length === 0 || hidden.length >= 2, `line of ${line.total}`).toBe(true);
    }
    expect(determinedCells(table.lines, suppressed)).toEqual(new Set());
  });

  it('hides a small total too, and never publishes a figure under k', () => {
    const table = groupedTable(dims, [
      { keys: { departement: '21', sector: 'alimentation' }, n: 2 },
      { keys: { departement: '21', sector: 'batiment' }, n: 1 },
      { keys: { departement: '89', sector: 'alimentation' }, n: 50 },
      { keys: { departement: '89', sector: 'batiment' }, n: 60 },
    ]);
    const { suppressed } = suppressSmallCells(table, 5);
    expect(suppressed.has(id({ departement: '21' }))).toBe(true);
    for (const cell of table.cells.values()) {
      if (!suppressed.has(cell.id)) expect(cell.n, cell.id).toBeGreaterThanOrEqual(5);
    }
    expect(determinedCells(table.lines, suppressed)).toEqual(new Set());
  });

  it('refuses a k under 5', () => {
    expect(() => suppressSmallCells(groupedTable(dims, rows), 4)).toThrow(RangeError);
    expect(MINIMUM_K).toBe(5);
  });
});

describe('the disclosure audit', () => {
  it('finds a hidden cell that one subtraction reveals', () => {
    const table = groupedTable(
      ['sector'],
      [
        { keys: { sector: 'a' }, n: 3 },
        { keys: { sector: 'b' }, n: 30 },
      ],
    );
    const a = cellId(['sector'], { sector: 'a' });
    expect(determinedCells(table.lines, new Set([a]))).toEqual(new Set([a]));
  });

  it('finds a hidden cell that only two lines together reveal', () => {
    // a + b = T1 (published), b + c = T2 (published), a and c published: b is known.
    const lines = [
      { total: 'T1', members: ['a', 'b'] },
      { total: 'T2', members: ['b', 'c'] },
    ];
    expect(determinedCells(lines, new Set(['b']))).toEqual(new Set(['b']));
    // With a hidden as well, b still follows from the second line.
    expect(determinedCells(lines, new Set(['a', 'b']))).toEqual(new Set(['a', 'b']));
    expect(determinedCells(lines, new Set(['a', 'b', 'c']))).toEqual(new Set());
  });
});
