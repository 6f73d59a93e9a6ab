// CSV for spreadsheets: RFC 4180 quoting, a byte-order mark so Excel reads the Cyrillic right, and ";"
// as the separator, as Russian and Ukrainian Excel expect.
export type CsvCell = string | number | null | undefined;

const quote = (cell: CsvCell, sep: string): string => {
  if (cell === null || cell === undefined) return '';
  const s = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  // A leading = + - @ would be run as a formula by a spreadsheet: neutralise it.
  const safe = typeof cell === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /["\r\n]/.test(safe) || safe.includes(sep) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(header: CsvCell[], rows: CsvCell[][], sep = ';'): string {
  return '\ufeff' + [header, ...rows].map((r) => r.map((c) => quote(c, sep)).join(sep)).join('\r\n') + '\r\n';
}
