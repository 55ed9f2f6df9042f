// CSV for French Excel: UTF-8 with a byte-order mark, `;` between cells,
// decimal comma, CRLF line ends, no `sep=` line. A text cell that a
// spreadsheet would read as a formula is neutralised.

/** Written once, before the header row: Excel then reads the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

export type CsvValue = string | number | boolean | null | undefined;

/** Text that Excel, LibreOffice or Sheets would run as a formula, or that hides a line break. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** A number the French way: '12,5', no thousands separator (counts and scores, far from 1e21). */
function frenchNumber(value: number): string {
  return Number.isFinite(value) ? String(value).replace('.', ',') : '';
}

/** One cell, ready to be joined with `;`. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return frenchNumber(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  // A leading apostrophe makes the spreadsheet show the text as typed.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line, with its CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(CSV_SEPARATOR) + CSV_LINE_END;
}

/** A whole small file (tests, short exports); large exports write `csvLine` by `csvLine`. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join('');
}
