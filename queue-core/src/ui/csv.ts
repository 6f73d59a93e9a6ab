// CSV for spreadsheets: RFC 4180 quoting, a byte-order mark so Excel reads the Cyrillic right, and ";"
// as the separator with a decimal comma, as Russian and Ukrainian Excel expect (English: "," and a point,
// the way the screens write numbers in each language).
import type { Language } from './i18n.js';

export type CsvCell = string | number | null | undefined;

/** The separator and the decimal mark a spreadsheet in the office language expects. */
export const csvStyle = (lang: Language): { sep: string; decimal: string } => (lang === 'en' ? { sep: ',', decimal: '.' } : { sep: ';', decimal: ',' });

const quote = (cell: CsvCell, sep: string, decimal: string): string => {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? String(cell).replace('.', decimal) : cell;
  // A leading = + - @ would be run as a formula by a spreadsheet: neutralise it.
  const safe = typeof cell === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /["\r\n]/.test(safe) || safe.includes(sep) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(header: CsvCell[], rows: CsvCell[][], sep = ';', decimal = ','): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map((c) => quote(c, sep, decimal)).join(sep)).join('\r\n') + '\r\n';
}
