import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvDocument, csvLine } from './csv.ts';

describe('CSV for French Excel', () => {
  it('writes the exact bytes: BOM, semicolons, decimal comma, CRLF, accents', () => {
    const document = csvDocument(
      ['Département', 'Secteur', 'Artisans', 'Score moyen'],
      [
        ['89', 'Alimentation', 12, 47.5],
        ['21', 'Bâtiment', 30, 61],
      ],
    );
    expect(document.charCodeAt(0)).toBe(0xfeff);
    expect(document).toBe(
      `${CSV_BOM}Département;Secteur;Artisans;Score moyen\r\n89;Alimentation;12;47,5\r\n21;Bâtiment;30;61\r\n`,
    );
  });

  it('neutralises every text cell a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcaché')).toBe("'\tcaché");
    expect(csvCell('\rcaché')).toBe(`"'\rcaché"`);
    // A number stays a number, negative or not.
    expect(csvCell(-3.5)).toBe('-3,5');
  });

  it('quotes separators, quotes and line breaks, and leaves empty cells empty', () => {
    expect(
      csvLine(['Dupont; fils', 'dit "le Grand"', 'ligne\nsuivante', null, undefined, true]),
    ).toBe('"Dupont; fils";"dit ""le Grand""";"ligne\nsuivante";;;oui\r\n');
  });

  it('never lets a text cell start with a formula character or break out of its cell', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = csvCell(text);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
        if (!cell.startsWith('"')) expect(/[;"\r\n]/.test(cell)).toBe(false);
        else expect(cell.endsWith('"') && !/(^|[^"])"([^"]|$)/.test(cell.slice(1, -1))).toBe(true);
      }),
    );
  });
});
