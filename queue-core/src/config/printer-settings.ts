// The printer's code page as the office needs it: the page follows the office language unless the config
// names one, its ESC t number comes from the maker's table unless the config gives it, and a page that
// cannot print the office's own texts (name, address, phones, operations, priorities, the printed words)
// is refused with the letters it lacks.
import { DEFAULT_CODE_PAGE, ESC_T_NUMBERS, allTicketWords, unprintable, type CodePage, type PaperLanguage as Language, type PrinterMaker } from 'hardware/paper';

// The shapes it reads, not the schema's types: the schema itself calls this check.
type Localized = { ru: string; uk?: string; en?: string };

interface PrinterPart {
  codePage?: CodePage;
  codePageNumber?: number;
  maker: PrinterMaker;
}
interface OfficePart {
  office: { name: string; address: string; phones: string[]; language: Language };
  directions: { name: Localized }[];
  priorities: { name: Localized }[];
  halls?: { name: Localized }[];
  hardware: { printer: PrinterPart };
}

export const pageOf = (c: OfficePart): CodePage => c.hardware.printer.codePage ?? DEFAULT_CODE_PAGE[c.office.language];

/** The page and its ESC t number; the number is null when neither the maker's table nor the config has it. */
export function codePageSettings(c: OfficePart): { codePage: CodePage; codePageNumber: number | null } {
  const codePage = pageOf(c);
  const p = c.hardware.printer;
  return { codePage, codePageNumber: p.codePageNumber ?? ESC_T_NUMBERS[p.maker][codePage] ?? null };
}

/** What the config check says about the printer: each a path under hardware.printer and a message. */
export function printerTextProblems(c: OfficePart): { path: string[]; message: string }[] {
  const { codePage, codePageNumber } = codePageSettings(c);
  const lang = c.office.language;
  const texts: [string, string][] = [
    ['office.name', c.office.name], ['office.address', c.office.address],
    ...c.office.phones.map((p, i): [string, string] => [`office.phones[${i}]`, p]),
    ...c.directions.map((d, i): [string, string] => [`directions[${i}].name.${lang}`, d.name[lang] ?? d.name.ru]),
    ...c.priorities.map((p, i): [string, string] => [`priorities[${i}].name.${lang}`, p.name[lang] ?? p.name.ru]),
    // "Пройдите в зал 2": the words around a hall's name are the plain alphabet's, its name is the office's.
    ...(c.halls ?? []).map((h, i): [string, string] => [`halls[${i}].name.${lang}`, h.name[lang] ?? h.name.ru]),
    ['the printed words', allTicketWords(lang)],
  ];
  const missing = new Map<string, string[]>();
  for (const [where, text] of texts) {
    for (const ch of unprintable(text, codePage)) missing.set(ch, [...(missing.get(ch) ?? []), where]);
  }
  const out: { path: string[]; message: string }[] = [];
  if (missing.size > 0) {
    const letters = [...missing.keys()].join(' ');
    const places = [...new Set([...missing.values()].flat())].join(', ');
    const better = lang === 'uk' ? 'cp1251 or cp1125' : 'cp1251';
    out.push({ path: ['codePage'], message: `${codePage} cannot print ${letters} (in ${places}); choose a page that holds them, e.g. ${better}` });
  }
  if (codePageNumber === null) {
    out.push({ path: ['codePageNumber'], message: `no known ESC t number for ${codePage} on a "${c.hardware.printer.maker}" printer: set codePageNumber (see the printer's self-test page)` });
  }
  return out;
}

/** The printer's settings as the hardware takes them, the code page resolved (a valid config has its number). */
export function printerConfig<P extends PrinterPart>(c: OfficePart & { hardware: { printer: P } }): Omit<P, 'codePage' | 'codePageNumber'> & { codePage: CodePage; codePageNumber: number } {
  const { codePage, codePageNumber } = codePageSettings(c);
  return { ...c.hardware.printer, codePage, codePageNumber: codePageNumber ?? 0 };
}
