// Reads ESC/POS bytes the way a printer would and says what it would print: the code page chosen with
// ESC t, each line's text decoded in that page, its alignment, bold and size, cuts and QR codes. Any byte
// sequence it does not know fails the decode, so a test notices commands a printer would choke on.
import iconv from 'iconv-lite';

export interface PrintedLine {
  text: string;
  align: 'left' | 'center' | 'right';
  bold: boolean;
  /** Width and height multipliers from GS ! n. */
  width: number;
  height: number;
}

export interface DecodedJob {
  codePageNumber: number | null;
  lines: PrintedLine[];
  cuts: number;
  qr: string[];
  initialized: boolean;
  kanjiCancelled: boolean;
}

const PAGES: Record<number, string> = { 17: 'cp866', 44: 'cp1125', 46: 'cp1251', 73: 'cp1251', 0: 'cp437' };

export function decodeEscPos(bytes: Buffer, pages: Record<number, string> = PAGES): DecodedJob {
  const job: DecodedJob = { codePageNumber: null, lines: [], cuts: 0, qr: [], initialized: false, kanjiCancelled: false };
  let align: PrintedLine['align'] = 'left', bold = false, width = 1, height = 1;
  let text: number[] = [];
  const flushLine = () => {
    const page = job.codePageNumber === null ? 'cp437' : pages[job.codePageNumber];
    if (!page) throw new Error(`unknown code page number ${job.codePageNumber}`);
    job.lines.push({ text: iconv.decode(Buffer.from(text), page), align, bold, width, height });
    text = [];
  };
  let i = 0;
  const need = (n: number) => {
    if (i + n > bytes.length) throw new Error(`truncated command at byte ${i}`);
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      flushLine();
      i++;
    } else if (b === 0x1b) {
      need(2);
      const c = bytes[i + 1]!;
      if (c === 0x40) { job.initialized = true; i += 2; }
      else if (c === 0x74) { need(3); job.codePageNumber = bytes[i + 2]!; i += 3; }
      else if (c === 0x61) { need(3); align = (['left', 'center', 'right'] as const)[bytes[i + 2]! % 48]!; i += 3; }
      else if (c === 0x45) { need(3); bold = (bytes[i + 2]! & 1) === 1; i += 3; }
      else throw new Error(`unknown ESC 0x${c.toString(16)} at byte ${i}`);
    } else if (b === 0x1d) {
      need(2);
      const c = bytes[i + 1]!;
      if (c === 0x21) { need(3); const n = bytes[i + 2]!; width = (n >> 4) + 1; height = (n & 0x0f) + 1; i += 3; }
      else if (c === 0x56) { need(3); job.cuts++; i += 3; }
      else if (c === 0x28 && bytes[i + 2] === 0x6b) {
        need(5);
        const len = bytes[i + 3]! + bytes[i + 4]! * 256;
        need(5 + len);
        const body = bytes.subarray(i + 5, i + 5 + len);
        if (body[0] === 0x31 && body[1] === 0x50) job.qr.push(body.subarray(3).toString('utf8'));
        i += 5 + len;
      } else throw new Error(`unknown GS 0x${c.toString(16)} at byte ${i}`);
    } else if (b === 0x1c) {
      need(2);
      if (bytes[i + 1] === 0x2e) { job.kanjiCancelled = true; i += 2; }
      else throw new Error(`unknown FS 0x${bytes[i + 1]!.toString(16)} at byte ${i}`);
    } else if (b < 0x20) {
      throw new Error(`unexpected control byte 0x${b.toString(16)} at byte ${i}`);
    } else {
      text.push(b);
      i++;
    }
  }
  if (text.length) flushLine();
  return job;
}
