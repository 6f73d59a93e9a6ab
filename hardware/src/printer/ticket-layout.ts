// The paper ticket, as the seed office prints it: branch name and address, the number large, the chosen
// operation, date and time, people ahead and the expected wait, contact phones; an optional QR code;
// then the cut. Built with escpos's Printer on a capturing adapter, so the result is plain bytes that any
// transport can carry and a test can decode. The text goes out in the configured code page, selected
// with ESC t n, after FS . switches off the Chinese double-byte mode many cheap printers start in.
import escpos from './escpos-lib.js';
import { encodeText, type CodePage, type PaperLanguage } from './code-pages.js';
import { TICKET_WORDS } from './ticket-words.js';
import type { TicketPrint } from './types.js';

export type { CodePage } from './code-pages.js';

export interface LayoutOptions {
  codePage: CodePage;
  /** The printer's number for that page in ESC t n: Epson PC866 = 17, PC1125 = 44, WPC1251 = 46; other makers differ. */
  codePageNumber: number;
  widthChars: number;
}

/** Collects what escpos would send, instead of sending it. */
class CaptureAdapter {
  chunks: Buffer[] = [];
  write(data: Buffer, callback?: (err?: Error | null) => void) {
    this.chunks.push(Buffer.from(data));
    callback?.(null);
  }
  close(callback?: () => void) {
    callback?.();
  }
}

const FS_CANCEL_KANJI = Buffer.from([0x1c, 0x2e]);

/** GS ( k: the printer draws the QR code itself (model 2, error level M). */
function qrCommand(data: string, moduleSize = 6): Buffer {
  const bytes = Buffer.from(data, 'utf8');
  const store = bytes.length + 3;
  return Buffer.concat([
    Buffer.from([0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00]),
    Buffer.from([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, moduleSize]),
    Buffer.from([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31]),
    Buffer.from([0x1d, 0x28, 0x6b, store & 0xff, store >> 8, 0x31, 0x50, 0x30]), bytes,
    Buffer.from([0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30]),
  ]);
}

/** A non-breaking space: words joined by it stay on one line (a phone number). */
const NBSP = '\u00a0';
const keepWhole = (text: string) => text.replace(/ /g, NBSP);

export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break a line: a non-breaking one keeps its words together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `big`: the number (double size, quadruple on a large-type ticket); `double`: a line in double size. */
type Line = { text: string; big?: boolean; double?: boolean; bold?: boolean; center?: boolean };

/** GS ! n: each character `width` × `height` times its size (1–8). */
const sizeByte = (width: number, height: number) => ((width - 1) << 4) | (height - 1);

/** The size of a line in GS ! n: the number is 2×2, on a large-type ticket 4×4 and its main lines 2×2. */
function lineSize(line: Line, large: boolean): number {
  if (line.big) return large ? sizeByte(4, 4) : sizeByte(2, 2);
  return line.double ? sizeByte(2, 2) : 0;
}

/** The ticket as lines of text in the office language: what the simulator shows and what the paper says. */
export function ticketLines(t: TicketPrint, width: number): Line[] {
  const w = TICKET_WORDS[t.language ?? 'ru'];
  const lines: Line[] = [];
  for (const l of wrap(t.office.name, width)) lines.push({ text: l, bold: true, center: true });
  for (const l of wrap(t.office.address, width)) lines.push({ text: l, center: true });
  lines.push({ text: '-'.repeat(width) });
  if (t.sample) lines.push({ text: w.sample, center: true, bold: true });
  else if (t.reprint) lines.push({ text: w.reprint, center: true, bold: true });
  // A large-type ticket prints what the visitor needs to read in double size: half as many letters a line.
  const large = t.large === true;
  const main = large ? Math.floor(width / 2) : width;
  const double = large;
  lines.push({ text: w.ticket, center: true, double });
  lines.push({ text: t.label, big: true, center: true });
  for (const l of wrap(t.directionName, main)) lines.push({ text: l, bold: true, center: true, double });
  // A life situation: its steps in order under its name, each on lines of its own, read from the left.
  if (t.steps?.length) {
    lines.push({ text: w.lifeSteps });
    t.steps.forEach((s, i) => {
      for (const l of wrap(`${i + 1}. ${s.name}${s.booth !== null ? ` (${keepWhole(w.booth(s.booth))})` : ''}`, width)) lines.push({ text: l });
    });
  }
  if (t.hallText) for (const l of wrap(t.hallText, main)) lines.push({ text: l, bold: true, center: true, double });
  if (t.priorityName) for (const l of wrap(w.priority(t.priorityName), main)) lines.push({ text: l, bold: true, center: true, double });
  if (t.bookedTime) lines.push({ text: w.booked(t.bookedTime), center: true });
  lines.push({ text: w.issued(t.issuedDate, t.issuedTime), center: true });
  for (const l of wrap(w.ahead(t.ahead), main)) lines.push({ text: l, center: true, double });
  if (t.waitMinutes > 0) for (const l of wrap(w.wait(t.waitText ?? `${t.waitMinutes} ${w.minutes}`), main)) lines.push({ text: l, center: true, double });
  lines.push({ text: w.watchBoard, center: true });
  if (t.office.phones.length > 0) {
    lines.push({ text: '-'.repeat(width) });
    for (const l of wrap(`${w.phones}: ${t.office.phones.map(keepWhole).join(', ')}`, width)) lines.push({ text: l, center: true });
  }
  return lines.map((l) => ({ ...l, text: l.text.replaceAll(NBSP, ' ') }));
}

export function renderTicketText(t: TicketPrint, width = 42): string {
  return ticketLines(t, width)
    .map((l) => {
      const text = l.big ? l.text.split('').join(' ') : l.text;
      if (!l.center) return text;
      const pad = Math.max(0, Math.floor((width - text.length) / 2));
      return ' '.repeat(pad) + text;
    })
    .join('\n');
}

export function renderTicket(t: TicketPrint, o: LayoutOptions): Buffer {
  const adapter = new CaptureAdapter();
  const p = new escpos.Printer(adapter, { width: o.widthChars });
  p.raw(Buffer.from([0x1b, 0x40])); // ESC @: a clean start whatever the last job left
  p.raw(FS_CANCEL_KANJI);
  p.setCharacterCodeTable(o.codePageNumber);
  for (const line of ticketLines(t, o.widthChars)) {
    p.align(line.center ? 'ct' : 'lt');
    // ESC E n for bold (escpos's style() also sends Star italic codes that Epson-type printers lack);
    // GS ! n for the size: double width and height for the number, quadruple on a large-type ticket.
    p.raw(Buffer.from([0x1b, 0x45, line.bold || line.big ? 1 : 0, 0x1d, 0x21, lineSize(line, t.large === true)]));
    p.raw(Buffer.concat([encodeText(line.text, o.codePage), Buffer.from('\n')]));
  }
  p.raw(Buffer.from([0x1b, 0x45, 0x00, 0x1d, 0x21, 0x00]));
  if (t.qr) {
    p.align('ct');
    p.raw(qrCommand(t.qr));
    p.raw(Buffer.from('\n'));
    if (t.qrIsTicketPage) {
      for (const l of wrap(TICKET_WORDS[t.language ?? 'ru'].onThePhone, o.widthChars)) p.raw(Buffer.concat([encodeText(l, o.codePage), Buffer.from('\n')]));
    }
  }
  p.cut(false, 4);
  p.flush();
  return Buffer.concat(adapter.chunks);
}

/** A page of every letter of the office language in the configured page, for `npm run doctor`. */
export function renderCodePageTest(o: LayoutOptions, language: PaperLanguage = 'ru'): Buffer {
  const w = TICKET_WORDS[language];
  return Buffer.concat([
    Buffer.from([0x1b, 0x40]), FS_CANCEL_KANJI, Buffer.from([0x1b, 0x74, o.codePageNumber]),
    encodeText(`${w.pageTest} ${o.codePage} (ESC t ${o.codePageNumber})\n${w.alphabet}\n${w.pageOk}\n\n\n\n`, o.codePage),
    Buffer.from([0x1d, 0x56, 0x00]),
  ]);
}
