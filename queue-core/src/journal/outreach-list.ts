// A settlement's list of citizens as it arrives: a CSV file from a spreadsheet or a village council's
// computer, semicolon or comma separated, in UTF-8 or Windows-1251, with a header row like
// "ФИО;Адрес;Телефон;Вопрос". Pure: bytes in, the good rows and each bad row's problem out. A file that
// cannot be read as a table at all (no name column, an unclosed quote, too big) is broken as a whole, and
// nothing of it is taken.
import type { ListedCitizen } from './outreach-types.js';

export const MAX_LIST_BYTES = 512 * 1024;
export const MAX_LIST_ROWS = 1000;

export type ListProblemCode =
  | 'EMPTY_FILE' | 'TOO_BIG' | 'TOO_MANY_ROWS' | 'NO_NAME_COLUMN' | 'UNCLOSED_QUOTE' | 'NO_ROWS'
  | 'NAME_MISSING' | 'NAME_TOO_LONG' | 'FIELD_TOO_LONG' | 'EXTRA_FIELDS' | 'PHONE_INVALID' | 'DUPLICATE';

/** What is wrong, where: `line` is the file's line (1 is the header), 0 for the file as a whole. */
export interface ListProblem {
  line: number;
  code: ListProblemCode;
  /** The column concerned, as the file names it, when there is one. */
  column?: string;
  /** The line the duplicate repeats. */
  firstLine?: number;
}

export type ListReading =
  | { ok: true; citizens: ListedCitizen[]; problems: ListProblem[]; encoding: 'utf-8' | 'windows-1251'; separator: ';' | ',' | '\t' }
  | { ok: false; problems: ListProblem[] };

type Field = 'fullName' | 'address' | 'phone' | 'question';

/** Header words a settlement may use, in Russian, Ukrainian or English (compared in lower case, without dots). */
const HEADERS: Record<Field, string[]> = {
  fullName: ['фио', 'ф и о', 'фамилия имя отчество', 'піб', 'п і б', 'прізвище імя по батькові', 'прізвище ім’я по батькові', 'full name', 'name', 'гражданин', 'заявитель', 'заявник'],
  address: ['адрес', 'адреса', 'адрес проживания', 'місце проживання', 'address'],
  phone: ['телефон', 'тел', 'номер телефона', 'номер телефону', 'phone', 'telephone'],
  question: ['вопрос', 'питання', 'цель обращения', 'мета звернення', 'суть обращения', 'question', 'subject'],
};
const LIMIT: Record<Field, number> = { fullName: 200, address: 300, phone: 40, question: 500 };

/** UTF-8 when the bytes are valid UTF-8 (with or without its mark), else Windows-1251, as older Excel saves. */
export function decodeList(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1251' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}

/** Splits CSV text into rows of cells with the line each row starts on; throws the line of an unclosed quote. */
export function splitCsv(text: string, sep: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"', i++);
      else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') (quoted = true, quoteLine = line, cell = '');
    else if (c === sep) (cells.push(cell), cell = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (quoted) throw new UnclosedQuote(quoteLine);
  if (cell !== '' || cells.length > 0) (cells.push(cell), rows.push({ line: rowLine, cells }));
  return rows;
}

class UnclosedQuote extends Error {
  constructor(readonly line: number) {
    super(`unclosed quote on line ${line}`);
  }
}

const headerKey = (s: string) => s.toLowerCase().replace(/[.,"']/g, ' ').replace(/\s+/g, ' ').trim();
const citizenNameKey = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** The separator of the header line: the one of ; , or tab it holds most of (";" when none). */
function separatorOf(text: string): ';' | ',' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (s: string) => header.split(s).length - 1;
  const [best] = ([';', ',', '\t'] as const).map((s) => [s, count(s)] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ';';
}

/** A phone as people write it: digits with spaces, brackets, dashes and a leading +; 5 to 15 digits. */
const phoneOk = (p: string) => /^\+?[\d\s()\-.]+$/.test(p) && (p.match(/\d/g)?.length ?? 0) >= 5 && (p.match(/\d/g)?.length ?? 0) <= 15;

export function readList(bytes: Uint8Array): ListReading {
  if (bytes.length > MAX_LIST_BYTES) return { ok: false, problems: [{ line: 0, code: 'TOO_BIG' }] };
  const { text: raw, encoding } = decodeList(bytes);
  const text = raw.replace(/^\ufeff/, '');
  if (!text.trim()) return { ok: false, problems: [{ line: 0, code: 'EMPTY_FILE' }] };
  const separator = separatorOf(text);
  let rows: { line: number; cells: string[] }[];
  try {
    rows = splitCsv(text, separator);
  } catch (e) {
    if (e instanceof UnclosedQuote) return { ok: false, problems: [{ line: e.line, code: 'UNCLOSED_QUOTE' }] };
    throw e;
  }
  const [header, ...body] = rows;
  const names = header!.cells.map((c) => c.trim());
  const columns = new Map<Field, number>();
  names.forEach((n, i) => {
    const key = headerKey(n);
    for (const field of Object.keys(HEADERS) as Field[]) if (!columns.has(field) && HEADERS[field].includes(key)) columns.set(field, i);
  });
  if (!columns.has('fullName')) return { ok: false, problems: [{ line: header!.line, code: 'NO_NAME_COLUMN' }] };
  const filled = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (filled.length === 0) return { ok: false, problems: [{ line: 0, code: 'NO_ROWS' }] };
  if (filled.length > MAX_LIST_ROWS) return { ok: false, problems: [{ line: 0, code: 'TOO_MANY_ROWS' }] };

  const citizens: ListedCitizen[] = [];
  const problems: ListProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of filled) {
    const value = (f: Field) => {
      const i = columns.get(f);
      return i === undefined ? '' : (cells[i] ?? '').trim().replace(/\s+/g, ' ');
    };
    const c: ListedCitizen = { line, fullName: value('fullName'), address: value('address'), phone: value('phone'), question: value('question') };
    const problem = rowProblem(c, cells, names, columns);
    if (problem) {
      problems.push({ line, ...problem });
      continue;
    }
    const key = citizenNameKey(c.fullName);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line, code: 'DUPLICATE', column: names[columns.get('fullName')!], firstLine: first });
      continue;
    }
    seen.set(key, line);
    citizens.push(c);
  }
  return { ok: true, citizens, problems, encoding, separator };
}

function rowProblem(c: ListedCitizen, cells: string[], names: string[], columns: Map<Field, number>): Omit<ListProblem, 'line'> | null {
  const column = (f: Field) => names[columns.get(f)!];
  // Cells past the header's columns are a shifted row (a separator inside an unquoted address): refused, not guessed.
  if (cells.slice(names.length).some((x) => x.trim() !== '')) return { code: 'EXTRA_FIELDS' };
  if (!c.fullName) return { code: 'NAME_MISSING', column: column('fullName') };
  if (c.fullName.length > LIMIT.fullName) return { code: 'NAME_TOO_LONG', column: column('fullName') };
  for (const f of ['address', 'phone', 'question'] as const) if (c[f].length > LIMIT[f]) return { code: 'FIELD_TOO_LONG', column: column(f) };
  if (c.phone && !phoneOk(c.phone)) return { code: 'PHONE_INVALID', column: column('phone') };
  return null;
}
