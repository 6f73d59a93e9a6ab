// The annual analysis as a printable A4 report (PDF), made by the daemon itself with pdfkit — no browser
// on the Raspberry Pi. The figures and sentences come ready from journal/annual-*.ts; this only lays them
// out: the title block (office, period, date made), the summary, the table of figures beside last year's,
// the sets by kind of payment, the missing documents, and bar charts of months, weekdays and hours; every
// page numbered. The font is DejaVu Sans from the dejavu-fonts-ttf package (Cyrillic with ґ є ї і), never
// a system path. `plain` writes uncompressed streams (for reading a report by eye or in a test).
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { AnnualReport, Bar } from '../journal/annual-figures.js';
import { ANNUAL_WORDS, FIGURE_WORDS, changeText, columnText, monthName, num, partialNote, periodText, reportPeriodText, summarySentences, valueText, weekdayName, type AnnualLang } from '../journal/annual-words.js';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface AnnualPdfInput {
  report: AnnualReport;
  lang: AnnualLang;
  office: { name: string; address: string };
  /** When it was made, already in the office's words ("02.12.2026"); the file's own date is `madeAt`. */
  madeOn: string;
  madeAt: number;
  reasonName: (id: string) => string;
  plain?: boolean;
}

const MARGIN = 50;
const NOW_COLOUR = '#2b5d9c', BEFORE_COLOUR = '#b9c7d8', INK = '#1a1a1a', GREY = '#666666', RULE = '#c8c8c8';

/** The report as a PDF file. */
export function annualPdf(input: AnnualPdfInput): Promise<Buffer> {
  const { report: r, lang } = input;
  const w = ANNUAL_WORDS[lang];
  const doc = new PDFDocument({
    size: 'A4', margin: MARGIN, bufferPages: true, compress: !input.plain, font: REGULAR, lang,
    info: { Title: `${w.title}: ${reportPeriodText(r, lang)}`, Author: input.office.name, CreationDate: new Date(input.madeAt), ModDate: new Date(input.madeAt) },
  });
  doc.registerFont('regular', REGULAR).registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 20;
  /** A new page when fewer than `h` points are left on this one. */
  const room = (h: number) => {
    if (doc.y + h > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    room(60);
    doc.moveDown(0.6).font('bold').fontSize(13).fillColor(INK).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
  };

  // The title block.
  doc.font('bold').fontSize(11).fillColor(INK).text(input.office.name, { width });
  doc.font('regular').fontSize(9.5).fillColor(GREY).text(input.office.address, { width });
  doc.moveDown(1.2).font('bold').fontSize(18).fillColor(INK).text(w.title, { width });
  // A year or a quarter still in progress says so in its title: "2026 год, по состоянию на 10.03.2026".
  doc.font('regular').fontSize(14).text(reportPeriodText(r, lang), { width });
  const partial = partialNote(r, lang);
  if (partial) doc.moveDown(0.2).font('bold').fontSize(10.5).fillColor('#9a3412').text(partial, { width }).font('regular');
  doc.fontSize(9.5).fillColor(GREY).text(`${w.made} ${input.madeOn}`, { width });
  doc.moveTo(MARGIN, doc.y + 8).lineTo(MARGIN + width, doc.y + 8).strokeColor(RULE).lineWidth(1).stroke();
  doc.y += 14;

  heading(w.summary);
  doc.font('regular').fontSize(10.5).fillColor(INK);
  for (const s of summarySentences(r, lang, input.reasonName)) {
    room(30);
    doc.text(s, MARGIN, doc.y, { width, align: 'left', lineGap: 2 });
    doc.moveDown(0.35);
  }
  // What "served" counts, so the head sees why it differs from the statistics' tickets served.
  room(40);
  doc.font('regular').fontSize(9.5).fillColor(GREY).text(w.servedNote, MARGIN, doc.y, { width });
  doc.fillColor(INK);

  heading(w.figures);
  const was = periodText(r.previous, lang), is = periodText(r.period, lang);
  table(doc, [w.figure, is, was, w.change], [0.49, 0.17, 0.17, 0.17], r.figures.map((f) => [FIGURE_WORDS[f.id][lang], valueText(f.now, f.unit, lang), valueText(f.before, f.unit, lang), changeText(f, f.unit, lang)]), room);

  // The table and its chart stay on one page.
  room(Math.min(500, 90 + r.setsByReason.length * 36));
  heading(w.sets);
  if (r.setsByReason.length === 0) doc.font('regular').fontSize(10).text(w.none);
  else {
    table(doc, [w.reason, is, was], [0.6, 0.2, 0.2], r.setsByReason.map((b) => [input.reasonName(b.key), num(b.now, lang), num(b.before, lang)]), room);
    room(40 + r.setsByReason.length * 18);
    horizontalBars(doc, r.setsByReason.map((b) => ({ ...b, key: input.reasonName(b.key) })), width, lang);
    legend(doc, is, was);
  }

  heading(w.missing);
  if (r.missingDocuments.length === 0) doc.font('regular').fontSize(10).fillColor(INK).text(w.noMissing, MARGIN, doc.y, { width });
  else {
    // Each figure column names its period: this period's returns and repeats beside last year's returns.
    table(doc, [w.document, columnText(w.returned, r.period, lang), columnText(w.repeats, r.period, lang), columnText(w.returned, r.previous, lang)], [0.4, 0.2, 0.2, 0.2], r.missingDocuments.map((m) => [m.document, num(m.appeals, lang), num(m.repeats, lang), num(m.before, lang)]), room);
    doc.moveDown(0.3).font('regular').fontSize(9.5).fillColor(GREY).text(w.missingUse, MARGIN, doc.y, { width });
  }

  // The heading goes with its first chart.
  room(250);
  heading(w.load);
  const charts: [string, Bar[]][] = [
    [w.byMonth, r.byMonth.map((b) => ({ ...b, key: monthName(b.key, lang).slice(0, r.period.quarter ? 12 : 3) }))],
    [w.byWeekday, r.byWeekday.map((b) => ({ ...b, key: weekdayName(b.key, lang, 'short') }))],
    [w.byHour, r.byHour.map((b) => ({ ...b, key: `${Number(b.key)}:00` }))],
  ];
  for (const [title, bars] of charts) {
    room(190);
    doc.font('bold').fontSize(10.5).fillColor(INK).text(title, MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    if (bars.length === 0) doc.font('regular').fontSize(10).text(w.none);
    else columns(doc, bars, width, 130, lang);
    legend(doc, is, was);
    doc.moveDown(0.2).font('regular').fontSize(9).fillColor(GREY).text(w.chartsNote, MARGIN, doc.y, { width });
    doc.moveDown(0.6);
  }

  room(60);
  doc.moveDown(1.5).font('regular').fontSize(10.5).fillColor(INK).text(`${w.headSign} ________________________`, MARGIN, doc.y, { width });

  // Page numbers, written last into every page kept in memory; the bottom margin is let go for the footer
  // so that writing in it does not start a page of its own.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN + 8;
    doc.font('regular').fontSize(8.5).fillColor(GREY);
    // One line: the office's name goes first when the line would not fit beside the page number.
    const full = `${input.office.name} · ${reportPeriodText(r, lang)}`;
    doc.text(doc.widthOfString(full) <= width * 0.8 ? full : reportPeriodText(r, lang), MARGIN, y, { lineBreak: false });
    doc.text(`${w.page} ${i + 1} ${w.of} ${range.count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return done;
}

type Doc = InstanceType<typeof PDFDocument>;

/** A ruled table; the first column is text, the others figures set to the right. */
function table(doc: Doc, head: string[], share: number[], rows: string[][], room: (h: number) => void): void {
  const width = doc.page.width - 2 * MARGIN;
  const cols = share.map((s) => s * width);
  const line = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(9.5);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 8 }))) + 6;
    room(h + 2);
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.fillColor(INK).text(c, x + 4, top + 3, { width: cols[i]! - 8, align: i === 0 ? 'left' : 'right' });
      x += cols[i]!;
    });
    doc.y = top + h;
    doc.moveTo(MARGIN, doc.y).lineTo(MARGIN + width, doc.y).strokeColor(RULE).lineWidth(bold ? 1 : 0.5).stroke();
    doc.x = MARGIN;
  };
  line(head, true);
  for (const r of rows) line(r, false);
  doc.moveDown(0.5);
}

/** Pairs of horizontal bars (this period's above last year's), a label on the left and the figure at the end. */
function horizontalBars(doc: Doc, bars: Bar[], width: number, lang: AnnualLang): void {
  const label = width * 0.4, room = width - label - 50;
  const max = Math.max(1, ...bars.flatMap((b) => [b.now, b.before]));
  doc.moveDown(0.4);
  let y = doc.y;
  for (const b of bars) {
    doc.font('regular').fontSize(8.5).fillColor(INK).text(b.key, MARGIN, y + 2, { width: label - 6, height: 12, ellipsis: true, lineBreak: false });
    const x = MARGIN + label;
    if (b.now > 0) doc.rect(x, y, (b.now / max) * room, 7).fill(NOW_COLOUR);
    if (b.before > 0) doc.rect(x, y + 8, (b.before / max) * room, 5).fill(BEFORE_COLOUR);
    doc.fillColor(INK).fontSize(8).text(num(b.now, lang), x + (b.now / max) * room + 4, y - 1, { lineBreak: false });
    y += 18;
  }
  doc.y = y + 2;
  doc.x = MARGIN;
}

/** A column chart: a pair of columns per key (this period's, last year's), a scale of four lines. */
function columns(doc: Doc, bars: Bar[], width: number, height: number, lang: AnnualLang): void {
  const axis = 36, left = MARGIN + axis, inner = width - axis, top = doc.y + 6, base = top + height;
  const max = niceMax(Math.max(1, ...bars.flatMap((b) => [b.now, b.before])));
  doc.font('regular').fontSize(7.5);
  for (let i = 0; i <= 4; i++) {
    const y = base - (height * i) / 4;
    doc.moveTo(left, y).lineTo(left + inner, y).strokeColor(i === 0 ? GREY : RULE).lineWidth(0.5).stroke();
    doc.fillColor(GREY).text(num((max * i) / 4, lang, 0), MARGIN, y - 4, { width: axis - 4, align: 'right', lineBreak: false });
  }
  const slot = inner / bars.length, bar = Math.min(22, slot * 0.36);
  bars.forEach((b, i) => {
    const x = left + i * slot + slot / 2 - bar;
    const hNow = (b.now / max) * height, hBefore = (b.before / max) * height;
    if (hNow > 0) doc.rect(x, base - hNow, bar, hNow).fill(NOW_COLOUR);
    if (hBefore > 0) doc.rect(x + bar, base - hBefore, bar, hBefore).fill(BEFORE_COLOUR);
    doc.fillColor(INK).fontSize(7.5).text(b.key, left + i * slot, base + 3, { width: slot, align: 'center', lineBreak: false });
  });
  doc.y = base + 16;
  doc.x = MARGIN;
}

/** A round top for a chart's scale of four steps: each step 1, 2, 2.5 or 5 times a power of ten (whole numbers). */
function niceMax(max: number): number {
  const raw = Math.max(1, max / 4);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= raw && Number.isInteger(m * p)) return 4 * m * p;
  return 4 * Math.ceil(raw);
}

function legend(doc: Doc, now: string, before: string): void {
  const y = doc.y + 2;
  doc.rect(MARGIN, y + 1, 10, 7).fill(NOW_COLOUR);
  doc.font('regular').fontSize(8).fillColor(INK).text(now, MARGIN + 14, y, { lineBreak: false });
  const x = MARGIN + 14 + doc.widthOfString(now) + 18;
  doc.rect(x, y + 1, 10, 7).fill(BEFORE_COLOUR);
  doc.fillColor(INK).text(before, x + 14, y, { lineBreak: false });
  doc.y = y + 14;
  doc.x = MARGIN;
}
