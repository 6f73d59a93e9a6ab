// The Cyrillic code pages a ticket printer holds, encoded here without a library so that the config check
// can say which letters a page lacks without loading the printer code: CP866 (Russian DOS), CP1125
// (Ukrainian DOS, "RUSCII") and Windows-1251. The number a printer gives each page in ESC t n differs
// between makers; docs/deploy.md has the table.

export const CODE_PAGES = ['cp866', 'cp1125', 'cp1251'] as const;
export type CodePage = (typeof CODE_PAGES)[number];
export type PaperLanguage = 'ru' | 'uk' | 'en';

const CYR = 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп';
const BOX = '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀рстуфхцчшщъыьэюя';
/** Bytes 0x80–0xFF of each page; '\ufffd' marks a byte with no character. */
const HIGH: Record<CodePage, string> = {
  cp866: `${CYR}${BOX}ЁёЄєЇїЎў°∙·√№¤■\u00a0`,
  cp1125: `${CYR}${BOX}ЁёҐґЄєІіЇї·√№¤■\u00a0`,
  cp1251: 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\ufffd™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї' +
    'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
};
const BYTE: Record<CodePage, Map<string, number>> = Object.fromEntries(
  CODE_PAGES.map((p) => [p, new Map([...HIGH[p]].map((c, i) => [c, 0x80 + i] as [string, number]).filter(([c]) => c !== '\ufffd'))]),
) as Record<CodePage, Map<string, number>>;

/** The page a ticket is printed in when the config names none: one that holds the office language. */
export const DEFAULT_CODE_PAGE: Record<PaperLanguage, CodePage> = { ru: 'cp866', uk: 'cp1251', en: 'cp866' };

/** Printer makers whose ESC t numbers are known; "other" needs hardware.printer.codePageNumber. */
export const PRINTER_MAKERS = ['epson', 'xprinter', 'other'] as const;
export type PrinterMaker = (typeof PRINTER_MAKERS)[number];
/** ESC t n per maker and page (docs/deploy.md, "Code pages"). */
export const ESC_T_NUMBERS: Record<PrinterMaker, Partial<Record<CodePage, number>>> = {
  epson: { cp866: 17, cp1125: 44, cp1251: 46 },
  xprinter: { cp866: 17, cp1251: 46 },
  other: {},
};

const has = (c: string, page: CodePage) => c.charCodeAt(0) < 0x80 || BYTE[page].has(c);

/** Typography a page may lack, in the nearest form it holds: quotes, dashes, the Ukrainian apostrophe. */
export function plain(text: string, page: CodePage): string {
  return [...text.replace(/…/g, has('…', page) ? '…' : '...')].map((c) => {
    if (has(c, page)) return c;
    if (c === 'ʼ' || c === '’' || c === '‘') return has('’', page) ? '’' : "'";
    if ('«»„“”'.includes(c)) return '"';
    if (c === '–' || c === '—') return '-';
    if (c === '№') return 'N';
    return c;
  }).join('');
}

/** The characters of `text` the page cannot print, each once, in order of appearance. */
export function unprintable(text: string, page: CodePage): string[] {
  return [...new Set([...plain(text, page)].filter((c) => !has(c, page)))];
}

/** Last resort for a letter the page lacks (the config refuses such texts): a look-alike, else "?". */
const LOOK_ALIKE: Record<string, string> = { І: 'I', і: 'i', Ї: 'I', ї: 'i', Є: 'Е', є: 'е', Ґ: 'Г', ґ: 'г' };

/** The text as the printer's bytes in the page. */
export function encodeText(text: string, page: CodePage): Buffer {
  const out: number[] = [];
  for (const ch of plain(text, page)) {
    const c = has(ch, page) ? ch : LOOK_ALIKE[ch] ?? '?';
    for (const x of c) out.push(x.charCodeAt(0) < 0x80 ? x.charCodeAt(0) : BYTE[page].get(x) ?? 0x3f);
  }
  return Buffer.from(out);
}
