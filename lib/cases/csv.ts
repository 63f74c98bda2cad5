/** RFC 4180 CSV that is also safe to open in a spreadsheet. */

export type CsvValue = string | number | boolean | null | undefined;

/**
 * Cells a spreadsheet would read as a formula (=, +, -, @, or a leading tab / carriage return) get
 * a leading apostrophe, so text from a client's email can never run as a formula (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Header and rows as CRLF-separated lines, with a BOM so spreadsheet apps read it as UTF-8. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
